/** The MCP edge: transport wiring, edge filters, the tool catalogue and the rendering of tool results. */
package org.mcpgate.mcp;

/** Servlet filters in front of the MCP transports: what is refused before the protocol sees a request. */
package org.mcpgate.mcp.edge;

/** The fixtures the MCP conformance suite calls by name, served only by the test deployment conformance.war. */
package org.mcpgate.conformance;

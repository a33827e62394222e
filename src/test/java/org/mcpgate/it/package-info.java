/** Integration tests: a real Open Liberty started by the build, driven over HTTP by real MCP clients. */
package org.mcpgate.it;

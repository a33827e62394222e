/**
 * The MCP authorization server proxy: discovery, client registration, consent, the upstream leg to Atlassian,
 * mcpgate's own tokens and their revocation; only this package touches the OAuth tables.
 */
package org.mcpgate.oauth;

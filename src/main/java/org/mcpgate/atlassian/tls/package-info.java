/**
 * How mcpgate's HTTP clients reach Atlassian: the application server's trust store, client certificates (PEM files
 * or a Liberty {@code <ssl>} element) and proxies, with nothing server-specific at compile time.
 */
package org.mcpgate.atlassian.tls;

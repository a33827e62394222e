/**
 * The server's OAuth grants to Jira Data Center or Atlassian Cloud: sealed at rest, refreshed once however many
 * callers wait.
 */
package org.mcpgate.atlassian.grant;

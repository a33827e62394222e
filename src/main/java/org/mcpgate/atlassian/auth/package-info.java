/** How mcpgate proves who it is to Jira: one credential strategy per mode, chosen once from configuration. */
package org.mcpgate.atlassian.auth;

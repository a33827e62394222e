/** What Jira and Confluence share: credentials, the upstream HTTP client and the translation of their errors. */
package org.mcpgate.atlassian;

/** The admin page: what mcpgate authenticates to Jira with, and the OAuth connection an administrator makes. */
package org.mcpgate.admin;

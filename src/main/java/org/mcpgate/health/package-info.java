/** MicroProfile Health checks: live when the application runs, ready when the database and Jira answer. */
package org.mcpgate.health;

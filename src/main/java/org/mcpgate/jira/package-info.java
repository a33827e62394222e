/** The Jira tools, the Jira REST client they call and the compact views of Jira's JSON that they return. */
package org.mcpgate.jira;

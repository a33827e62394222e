/** Conversion between Jira Data Center wiki markup and Markdown, for what language models read and write. */
package org.mcpgate.atlassian.markup;

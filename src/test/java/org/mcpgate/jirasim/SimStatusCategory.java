package org.mcpgate.jirasim;

/** One of Jira's fixed status categories (new, indeterminate, done). */
record SimStatusCategory(long id, String key, String colorName, String name) {
}

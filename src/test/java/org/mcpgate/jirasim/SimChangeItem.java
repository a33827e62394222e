package org.mcpgate.jirasim;

/** One changed field inside a changelog history entry. */
record SimChangeItem(String field, String fieldtype, String from, String fromString, String to, String toString) {
}

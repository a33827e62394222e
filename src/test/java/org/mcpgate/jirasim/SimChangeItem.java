package org.mcpgate.jirasim;

/** One changed field inside a changelog history entry; the texts are what Jira shows as fromString and toString. */
record SimChangeItem(String field, String fieldtype, String fromId, String fromText, String toId, String toText) {
}

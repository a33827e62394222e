package org.mcpgate.jirasim;

/** One {@code ORDER BY} term; {@code descending} is null when the query gave no direction. */
record JqlSort(String field, Boolean descending) {
}

package org.mcpgate.jirasim;

import java.util.List;

/** A parsed query: the condition (null matches everything) and the ordering. */
record JqlQuery(JqlNode where, List<JqlSort> orderBy) {
    JqlQuery {
        orderBy = List.copyOf(orderBy);
    }
}

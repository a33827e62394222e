package org.mcpgate.jirasim;

import java.util.List;

/** The JQL syntax tree: AND, OR, NOT and single clauses ({@code field operator operand}). */
sealed interface JqlNode {
    record And(List<JqlNode> children) implements JqlNode {
    }

    record Or(List<JqlNode> children) implements JqlNode {
    }

    record Not(JqlNode child) implements JqlNode {
    }

    /** @param operator lower case: =, !=, ~, !~, &lt;, &gt;, &lt;=, &gt;=, in, not in, is, is not */
    record Clause(String field, String operator, JqlOperand operand) implements JqlNode {
    }
}

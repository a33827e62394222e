package org.mcpgate.jirasim;

import java.util.List;
import java.util.stream.Collectors;

/** The right-hand side of a JQL clause. */
sealed interface JqlOperand {
    record Value(String text, boolean quoted) implements JqlOperand {
        @Override
        public String toString() {
            return text;
        }
    }

    record ListOf(List<JqlOperand> items) implements JqlOperand {
        @Override
        public String toString() {
            return items.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"));
        }
    }

    record Function(String name, List<String> args) implements JqlOperand {
        @Override
        public String toString() {
            return name + "(" + String.join(", ", args) + ")";
        }
    }

    /** {@code EMPTY} or {@code NULL}. */
    record Empty() implements JqlOperand {
        @Override
        public String toString() {
            return "EMPTY";
        }
    }
}

package org.mcpgate.jirasim;

import java.util.List;
import java.util.Map;

/** A JQL query Jira rejects; each message becomes one entry of {@code errorMessages}. */
final class JqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> messages;

    JqlException(List<String> messages) {
        super(String.join(" ", messages));
        this.messages = List.copyOf(messages);
    }

    JqlException(String message) {
        this(List.of(message));
    }

    /** A syntax error at a position, worded like Jira's parser. */
    static JqlException syntax(String detail, int line, int column) {
        return new JqlException("Error in the JQL Query: " + detail + " (line " + line + ", character " + column + ")");
    }

    List<String> messages() {
        return messages;
    }

    JiraException toJira() {
        return JiraErrors.badRequest(messages, Map.of());
    }
}

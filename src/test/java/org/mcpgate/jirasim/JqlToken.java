package org.mcpgate.jirasim;

import java.util.Locale;

/**
 * One lexical token of JQL.
 *
 * @param quoted whether a WORD came from a quoted string (then it is never a keyword)
 * @param column 1-based, as in Jira's messages
 */
record JqlToken(Type type, String text, boolean quoted, int line, int column) {
    enum Type { WORD, LPAREN, RPAREN, COMMA, OPERATOR, EOF }

    /** Whether this is the unquoted keyword {@code word} (case-insensitive). */
    boolean is(String word) {
        return type == Type.WORD && !quoted && text.toLowerCase(Locale.ROOT).equals(word);
    }

    /** How Jira quotes a token in an error message. */
    String shown() {
        return type == Type.EOF ? "EOF" : text;
    }
}

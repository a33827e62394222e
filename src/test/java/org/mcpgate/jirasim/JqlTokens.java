package org.mcpgate.jirasim;

import java.util.List;

/** A cursor over the tokens of one query, and the way Jira words "expected this, got that". */
final class JqlTokens {
    private final List<JqlToken> tokens;
    private int index;

    JqlTokens(List<JqlToken> tokens) {
        this.tokens = tokens;
    }

    /** The token {@code ahead} places on; the end of the query repeats as EOF. */
    JqlToken peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    JqlToken next() {
        JqlToken token = tokens.get(index);
        if (token.type() != JqlToken.Type.EOF) {
            index++;
        }
        return token;
    }

    /** {@code Expecting X but got 'y'.} or {@code Expecting X before the end of the query.}, then the position. */
    static JqlException error(JqlToken at, String expecting, String advice) {
        String detail = at.type() == JqlToken.Type.EOF ? expecting + " before the end of the query."
                : expecting + " but got '" + at.text() + "'.";
        return JqlException.syntax(detail + advice, at.line(), at.column());
    }
}

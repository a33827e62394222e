package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits JQL into tokens: words (quoted or not), parentheses, commas and operators; rejects reserved characters. */
final class JqlLexer {
    private static final String RESERVED = "{}[]*%?^$#@;";
    private static final String WORD_STOP = " \t\r\n()=!<>~,\"'|&" + RESERVED;

    private final String jql;
    private final List<JqlToken> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private JqlLexer(String jql) {
        this.jql = jql;
    }

    static List<JqlToken> tokenize(String jql) {
        JqlLexer lexer = new JqlLexer(jql);
        lexer.run();
        return lexer.tokens;
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private void run() {
        while (pos < jql.length()) {
            char c = jql.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '(' || c == ')' || c == ',') {
                JqlToken.Type type = c == '(' ? JqlToken.Type.LPAREN : c == ')' ? JqlToken.Type.RPAREN
                        : JqlToken.Type.COMMA;
                tokens.add(new JqlToken(type, String.valueOf(c), false, line, column()));
                pos++;
            } else if (c == '"' || c == '\'') {
                quoted(c);
            } else if ("=!<>~".indexOf(c) >= 0) {
                operator(c);
            } else if (c == '&' || c == '|') {
                int col = column();
                pos += pos + 1 < jql.length() && jql.charAt(pos + 1) == c ? 2 : 1;
                tokens.add(new JqlToken(JqlToken.Type.WORD, c == '&' ? "AND" : "OR", false, line, col));
            } else if (RESERVED.indexOf(c) >= 0) {
                throw JqlException.syntax("The character '" + c + "' is a reserved JQL character. You must enclose it"
                        + " in a string or use the escape '\\u" + String.format(Locale.ROOT, "%04x", (int) c)
                        + "' instead.", line, column());
            } else {
                word();
            }
        }
        tokens.add(new JqlToken(JqlToken.Type.EOF, "", false, line, column()));
    }

    private void operator(char c) {
        int col = column();
        String two = pos + 1 < jql.length() ? jql.substring(pos, pos + 2) : "";
        if (two.equals("!=") || two.equals("!~") || two.equals("<=") || two.equals(">=")) {
            tokens.add(new JqlToken(JqlToken.Type.OPERATOR, two, false, line, col));
            pos += 2;
        } else if (c == '!') {
            tokens.add(new JqlToken(JqlToken.Type.WORD, "NOT", false, line, col));
            pos++;
        } else {
            tokens.add(new JqlToken(JqlToken.Type.OPERATOR, String.valueOf(c), false, line, col));
            pos++;
        }
    }

    private void quoted(char quote) {
        int startLine = line;
        int col = column();
        StringBuilder text = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= jql.length()) {
                throw JqlException.syntax("The quoted string '" + text + "' has not been completed.", startLine, col);
            }
            char c = jql.charAt(pos++);
            if (c == quote) {
                break;
            }
            if (c == '\\' && pos < jql.length()) {
                char next = jql.charAt(pos++);
                switch (next) {
                    case 'n' -> text.append('\n');
                    case 't' -> text.append('\t');
                    case 'r' -> text.append('\r');
                    case 'u' -> {
                        if (pos + 4 > jql.length()) {
                            throw JqlException.syntax("Illegal Unicode escape in the string '" + text + "'.",
                                    startLine, col);
                        }
                        text.append((char) Integer.parseInt(jql.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> text.append(next);
                }
            } else {
                text.append(c);
            }
        }
        tokens.add(new JqlToken(JqlToken.Type.WORD, text.toString(), true, startLine, col));
    }

    private void word() {
        int col = column();
        int start = pos;
        while (pos < jql.length() && WORD_STOP.indexOf(jql.charAt(pos)) < 0) {
            pos++;
        }
        String text = jql.substring(start, pos);
        // cf[10100] is the one place square brackets belong to a word.
        if (text.equalsIgnoreCase("cf") && pos < jql.length() && jql.charAt(pos) == '[') {
            int close = jql.indexOf(']', pos);
            if (close > pos + 1 && jql.substring(pos + 1, close).chars().allMatch(Character::isDigit)) {
                text = "cf" + jql.substring(pos, close + 1);
                pos = close + 1;
            }
        }
        tokens.add(new JqlToken(JqlToken.Type.WORD, text, false, line, col));
    }
}

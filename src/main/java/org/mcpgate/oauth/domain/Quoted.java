package org.mcpgate.oauth.domain;

/**
 * A client-supplied value made safe to put in an error description or a log line: quoted, with quotes, backslashes,
 * control and non-ASCII characters escaped (so a newline cannot forge a log line, a homoglyph shows as its code) and
 * cut to a readable length.
 */
final class Quoted {

    static final int MAX_SHOWN = 200;

    private Quoted() {
    }

    static String of(String value) {
        if (value == null) {
            return "null";
        }
        int shown = Math.min(value.length(), MAX_SHOWN);
        StringBuilder out = new StringBuilder(shown + 16).append('"');
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (value.length() > shown) {
            out.append(" (cut, ").append(value.length() - shown).append(" more characters)");
        }
        return out.toString();
    }
}

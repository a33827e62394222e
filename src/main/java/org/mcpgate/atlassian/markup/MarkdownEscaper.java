package org.mcpgate.atlassian.markup;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders converted Markdown, backslash-escaping literal characters only where CommonMark would read them as
 * syntax; a model reads this text, so {@code snake_case}, {@code a * b} and {@code C:\temp} stay as they are.
 */
final class MarkdownEscaper {

    /** Literal text at a line start that CommonMark would take for a block: heading, quote, list, rule. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "#{1,6}(?:[ \\t]|$)|>|[-+*](?:[ \\t]|$)|(?:=+|-+)[ \\t]*$|\\[[^\\]]*]:");
    private static final Pattern ORDERED_START = Pattern.compile("\\d{1,9}([.)])(?:[ \\t]|$)");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");

    private MarkdownEscaper() {
    }

    static String render(Marked m) {
        String raw = m.raw();
        BitSet forced = lineStarts(m, raw);
        StringBuilder sb = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            Marked.Kind kind = m.kindAt(i);
            boolean literal = kind == Marked.Kind.LITERAL || kind == Marked.Kind.LINK_TEXT;
            if (literal && (forced.get(i) || needsEscape(m, raw, i, kind == Marked.Kind.LINK_TEXT))) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static BitSet lineStarts(Marked m, String raw) {
        BitSet forced = new BitSet();
        int start = 0;
        while (start <= raw.length()) {
            int eol = raw.indexOf('\n', start);
            int end = eol < 0 ? raw.length() : eol;
            int p = start;
            // Indentation written for list continuations is markup; the line's text starts after it.
            while (p < end && raw.charAt(p) == ' ' && m.kindAt(p) == Marked.Kind.MARKUP) {
                p++;
            }
            if (p < end && m.kindAt(p) != Marked.Kind.MARKUP) {
                String line = raw.substring(p, end);
                if (BLOCK_START.matcher(line).lookingAt()) {
                    forced.set(p);
                }
                Matcher ordered = ORDERED_START.matcher(line);
                if (ordered.lookingAt()) {
                    forced.set(p + ordered.start(1));
                }
            }
            if (eol < 0) {
                break;
            }
            start = eol + 1;
        }
        return forced;
    }

    private static boolean needsEscape(Marked m, String raw, int i, boolean inLinkText) {
        char prev = m.at(i - 1);
        char next = m.at(i + 1);
        return switch (raw.charAt(i)) {
            // A backslash only escapes punctuation, and before a newline it would be a hard break.
            case '\\' -> next == 0 || next == '\n' || isAsciiPunctuation(next);
            // Surrounded by spaces (a * b) a star can neither open nor close emphasis.
            case '*' -> !(isSpace(prev) && isSpace(next));
            // Strikethrough takes two tildes; a lone one (~5 min, ~/bin) is text.
            case '~' -> prev == '~' || next == '~';
            // _ inside a word never opens or closes emphasis in CommonMark.
            case '_' -> !(Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next));
            case '`' -> true;
            case '<' -> Character.isLetter(next) || next == '/' || next == '!' || next == '?';
            case '[' -> inLinkText;
            case ']' -> inLinkText || next == '(' || next == '[';
            case '!' -> next == '[';
            case '&' -> ENTITY.matcher(raw).region(i, raw.length()).lookingAt();
            default -> false;
        };
    }

    private static boolean isSpace(char c) {
        return c == 0 || Character.isWhitespace(c);
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }
}

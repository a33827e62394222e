package org.mcpgate.atlassian.markup;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders converted wiki markup. Literal text gets a backslash only where Jira would read it as markup, so
 * {@code well-known}, {@code 2024-01-15}, {@code snake_case} and {@code a * b} stay as written; and a text
 * effect that touches a word ({@code **foo**bar} in Markdown) uses Jira's brace form {@code {*}foo{*}bar}.
 */
final class WikiEscaper {

    /** Jira's text-effect markers; a run of one of them can open or close an effect. */
    private static final String[] MARKERS = {"*", "_", "-", "+", "^", "~", "?"};

    /** Literal text at a line start that Jira would take for a list, a heading, a quote or a rule. */
    private static final Pattern LIST_START = Pattern.compile("(?:[*#]+|-)(?:\\s|$)");
    private static final Pattern DOT_START = Pattern.compile("(?:h[1-6]|bq)(\\.)(?:\\s|$)");

    private WikiEscaper() {
    }

    static String render(Marked m) {
        String raw = m.raw();
        BitSet braced = braced(m);
        BitSet escaped = new BitSet();
        int start = 0;
        while (start <= raw.length()) {
            int eol = raw.indexOf('\n', start);
            int end = eol < 0 ? raw.length() : eol;
            markerEscapes(m, raw, start, end, braced, escaped);
            lineStartEscapes(m, raw, start, end, escaped);
            if (eol < 0) {
                break;
            }
            start = eol + 1;
        }
        StringBuilder sb = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            Marked.Kind kind = m.kindAt(i);
            if (kind == Marked.Kind.EFFECT && braced.get(i)) {
                sb.append('{').append(c).append('}');
                continue;
            }
            if (isLiteral(kind) && (escaped.get(i) || needsEscape(m, raw, i))) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isLiteral(Marked.Kind kind) {
        return kind == Marked.Kind.LITERAL || kind == Marked.Kind.LINK_TEXT;
    }

    /**
     * Effect pairs that Jira would not see as such (a marker next to a letter or inside spaces) are written
     * in the brace form, both ends alike.
     */
    private static BitSet braced(Marked m) {
        BitSet braced = new BitSet();
        for (Marked.EffectPair p : m.pairs()) {
            if (p.width() != 1) {
                continue;
            }
            boolean brace = Character.isLetterOrDigit(m.at(p.open() - 1))
                    || Character.isLetterOrDigit(m.at(p.close() + 1))
                    || isSpace(m.at(p.open() + 1)) || isSpace(m.at(p.close() - 1));
            if (brace) {
                braced.set(p.open());
                braced.set(p.close());
            }
        }
        return braced;
    }

    /**
     * Escapes literal marker runs that could pair up on this line: one that could open with one that could
     * close after it. A lone marker (a - b, -Xmx512m, C++) pairs with nothing and stays as it is.
     */
    private static void markerEscapes(Marked m, String raw, int start, int end, BitSet braced, BitSet escaped) {
        for (String marker : MARKERS) {
            List<Run> runs = runs(m, raw, start, end, marker.charAt(0), braced);
            int firstOpener = runs.stream().filter(Run::opens).mapToInt(Run::from).min().orElse(Integer.MAX_VALUE);
            int lastCloser = runs.stream().filter(Run::closes).mapToInt(Run::from).max().orElse(-1);
            for (Run run : runs) {
                if ((run.opens() && lastCloser > run.from()) || (run.closes() && firstOpener < run.from())) {
                    for (int i = run.from(); i < run.to(); i++) {
                        if (isLiteral(m.kindAt(i))) {
                            escaped.set(i);
                        }
                    }
                }
            }
        }
    }

    /** A run of one marker character, {@code [from, to)}, and whether Jira could take it to open or close. */
    private record Run(int from, int to, boolean opens, boolean closes) {
    }

    private static List<Run> runs(Marked m, String raw, int start, int end, char c, BitSet braced) {
        List<Run> runs = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (raw.charAt(i) != c || braced.get(i)) {
                i++;
                continue;
            }
            int to = i;
            while (to < end && raw.charAt(to) == c && !braced.get(to)) {
                to++;
            }
            // A lone ? is punctuation; only ?? marks a citation.
            if (c != '?' || to - i >= 2) {
                char before = m.at(i - 1);
                char after = m.at(to);
                runs.add(new Run(i, to, !Character.isLetterOrDigit(before) && !isSpace(after),
                        !isSpace(before) && !Character.isLetterOrDigit(after)));
            }
            i = to;
        }
        return runs;
    }

    private static void lineStartEscapes(Marked m, String raw, int start, int end, BitSet escaped) {
        if (start >= end || !isLiteral(m.kindAt(start))) {
            return;
        }
        String line = raw.substring(start, end);
        if (LIST_START.matcher(line).lookingAt()) {
            escaped.set(start);
        }
        Matcher dot = DOT_START.matcher(line);
        if (dot.lookingAt()) {
            escaped.set(start + dot.start(1));
        }
    }

    private static boolean needsEscape(Marked m, String raw, int i) {
        return switch (raw.charAt(i)) {
            // Macros, links, table cells: these open wiki constructs wherever they are.
            case '{', '[', '|' -> true;
            case ']' -> m.kindAt(i) == Marked.Kind.LINK_TEXT;
            // !name! is an image: only a ! followed by text with another ! later on the line can start one.
            case '!' -> {
                int eol = raw.indexOf('\n', i);
                int bang = raw.indexOf('!', i + 1);
                yield !isSpace(m.at(i + 1)) && bang >= 0 && (eol < 0 || bang < eol);
            }
            default -> false;
        };
    }

    private static boolean isSpace(char c) {
        return c == 0 || Character.isWhitespace(c);
    }
}

package org.mcpgate.atlassian.markup;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline pass of wiki markup to Markdown: text effects, monospace, links, images, mentions and escapes
 * within one line. A small recursive scanner rather than chained regex replacements, so that the Markdown
 * written for one construct is never re-read as wiki markup by the next, and literal text can be escaped.
 */
final class WikiInline {

    /** Markdown written for each wiki text effect: opening and closing. */
    private static final Map<String, String[]> EFFECTS = Map.of(
            "*", new String[] {"**", "**"},
            "_", new String[] {"*", "*"},
            "-", new String[] {"~~", "~~"},
            "+", new String[] {"<ins>", "</ins>"},
            "^", new String[] {"<sup>", "</sup>"},
            "~", new String[] {"<sub>", "</sub>"},
            "??", new String[] {"<cite>", "</cite>"});

    private static final String EFFECT_CHARS = "*_-+^~";

    /**
     * Inline macros that only style text ({@code {color:red}}) or are invisible ({@code {anchor:x}}): dropped.
     * Parameters are bounded so that a line full of unclosed "{color:" is not scanned to its end each time.
     */
    private static final Pattern DROPPED_MACRO =
            Pattern.compile("\\{(?:color(?::[^}\\n]{0,64})?|anchor:[^}\\n]{0,256})}");

    /** Jira emoticons such as (*) or (+) are not text effects. */
    private static final Pattern EMOTICON = Pattern.compile("\\((?:[yni/x!+?-]|on|off|\\*[rgby]?|flag|flagoff)\\)");

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]+-\\d+");
    private static final Pattern SCHEME = Pattern.compile("(?i)(?:https?://|ftp://|file:/|mailto:)");
    private static final Pattern IMAGE_TARGET = Pattern.compile("\\S(?:.*\\S)?\\.[A-Za-z0-9]{2,5}|(?i:https?://\\S+)");
    private static final Pattern ALT = Pattern.compile("(?i)(?:^|,)\\s*alt\\s*=\\s*(?:\"([^\"]*)\"|([^,]*))");

    private final String s;
    private final Marked out;
    private final String hardBreak;
    private final boolean inTable;
    private Marked.Kind textKind = Marked.Kind.LITERAL;
    /**
     * Per marker and end of range, the first position from which no closing marker was found: a later search
     * cannot find one either, and remembering it keeps a line full of lone markers linear instead of quadratic.
     */
    private final Map<String, Integer> noCloserFrom = new HashMap<>();

    private WikiInline(String s, Marked out, String hardBreak, boolean inTable) {
        this.s = s;
        this.out = out;
        this.hardBreak = hardBreak;
        this.inTable = inTable;
    }

    /**
     * Converts one line of wiki markup to Markdown. {@code hardBreak} is what a wiki line break ({@code \\})
     * becomes: a real Markdown hard break in paragraphs, {@code <br>} where a newline would end the block.
     */
    static String toMarkdown(String line, String hardBreak) {
        Marked out = new Marked();
        append(line, out, hardBreak, false);
        return MarkdownEscaper.render(out);
    }

    /** One line of a table cell: a pipe escaped inside monospace there is only escaped for the table. */
    static String cellToMarkdown(String line) {
        Marked out = new Marked();
        append(line, out, "<br>", true);
        return MarkdownEscaper.render(out);
    }

    /** Converts one line of wiki markup, appending the Markdown to {@code out} (escaped later, as a whole). */
    static void append(String line, Marked out, String hardBreak, boolean inTable) {
        // A line break at the very end breaks nothing, and would leave a dangling Markdown break.
        String s = line.endsWith("\\\\") ? line.substring(0, line.length() - 2).stripTrailing() : line;
        new WikiInline(s, out, hardBreak, inTable).run(0, s.length());
    }

    private void run(int from, int to) {
        int i = from;
        while (i < to) {
            int next = construct(i, to);
            if (next < 0) {
                out.append(String.valueOf(s.charAt(i)), textKind);
                i++;
            } else {
                i = next;
            }
        }
    }

    /** Converts the construct starting at {@code i}, if any, and returns where it ends; -1 if there is none. */
    private int construct(int i, int to) {
        char c = s.charAt(i);
        int end = switch (c) {
            case '\\' -> backslash(i, to);
            case '{' -> brace(i, to);
            case '[' -> link(i, to);
            case '!' -> image(i, to);
            case '(' -> emoticon(i, to);
            default -> -1;
        };
        if (end >= 0) {
            return end;
        }
        if (isUrlStart(i)) {
            int urlEnd = urlEnd(i, to);
            out.markup(s.substring(i, urlEnd));
            return urlEnd;
        }
        return effect(i, to);
    }

    private int emoticon(int i, int to) {
        Matcher m = EMOTICON.matcher(s).region(i, to);
        if (!m.lookingAt()) {
            return -1;
        }
        out.append(m.group(), textKind);
        return m.end();
    }

    private int backslash(int i, int to) {
        if (i + 1 >= to) {
            return -1;
        }
        char n = s.charAt(i + 1);
        if (n == '\\') {
            out.markup(hardBreak);
            return i + 2;
        }
        // \* and friends: the character itself, literally. A backslash before a letter (C:\temp) stays.
        if (!Character.isLetterOrDigit(n) && !Character.isWhitespace(n)) {
            out.append(String.valueOf(n), textKind);
            return i + 2;
        }
        return -1;
    }

    private int brace(int i, int to) {
        if (s.startsWith("{{", i)) {
            int close = s.indexOf("}}", i + 2);
            if (close > i + 2 && close + 2 <= to) {
                // {{a}}} is monospace "a}": the last two braces close it.
                while (close + 3 <= to && s.charAt(close + 2) == '}') {
                    close++;
                }
                String code = s.substring(i + 2, close);
                out.markup(codeSpan(inTable ? code.replace("\\|", "|") : code));
                return close + 2;
            }
            return -1;
        }
        Matcher m = DROPPED_MACRO.matcher(s).region(i, to);
        return m.lookingAt() ? m.end() : -1;
    }

    private int link(int i, int to) {
        int close = s.indexOf(']', i + 1);
        if (close < 0 || close >= to || close == i + 1) {
            return -1;
        }
        String content = s.substring(i + 1, close);
        if (content.indexOf('[') >= 0) {
            return -1;
        }
        int bar = content.indexOf('|');
        if (bar < 0) {
            return bareLink(content) ? close + 1 : -1;
        }
        String target = content.substring(bar + 1);
        int tip = target.indexOf('|');
        target = (tip >= 0 ? target.substring(0, tip) : target).strip();
        if (target.isEmpty()) {
            return -1;
        }
        if (content.substring(0, bar).isBlank()) {
            return bareLink(target) ? close + 1 : -1;
        }
        if (target.startsWith("~")) {
            // A mention with an alias: keep both, Markdown has no mention syntax.
            run(i + 1, i + 1 + bar);
            out.append(" (@" + target.substring(1) + ")", textKind);
            return close + 1;
        }
        Marked.Kind outer = textKind;
        out.markup("[");
        textKind = Marked.Kind.LINK_TEXT;
        run(i + 1, i + 1 + bar);
        textKind = outer;
        out.markup("](" + destination(target.startsWith("^") ? target.substring(1) : target) + ")");
        return close + 1;
    }

    /** {@code [target]} without alias; false when it is not a link Markdown can express (stays literal text). */
    private boolean bareLink(String target) {
        String t = target.strip();
        if (t.startsWith("~") && t.length() > 1) {
            out.append("@" + t.substring(1), textKind);
            return true;
        }
        if (SCHEME.matcher(t).lookingAt()) {
            out.markup(t.matches("[^\\s<>]+") ? "<" + t + ">" : "[" + t + "](" + destination(t) + ")");
            return true;
        }
        if (ISSUE_KEY.matcher(t).matches() || t.startsWith("^") || t.startsWith("#")) {
            // Issue keys, attachments and anchors have no Markdown form; the brackets keep them recognisable
            // and the way back to wiki markup keeps them verbatim.
            out.markup("[" + t + "]");
            return true;
        }
        return false;
    }

    private int image(int i, int to) {
        int close = s.indexOf('!', i + 1);
        if (close < 0 || close >= to) {
            return -1;
        }
        String content = s.substring(i + 1, close);
        int bar = content.indexOf('|');
        String target = bar < 0 ? content : content.substring(0, bar);
        if (!IMAGE_TARGET.matcher(target).matches()) {
            return -1;
        }
        String alt = "";
        if (bar >= 0) {
            Matcher m = ALT.matcher(content.substring(bar + 1));
            if (m.find()) {
                alt = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            }
        }
        out.markup("![").append(alt, Marked.Kind.LINK_TEXT).markup("](" + destination(target) + ")");
        return close + 1;
    }

    /** A wiki text effect ({@code *bold*} or the brace form {@code {*}bold{*}}) starting at {@code i}. */
    private int effect(int i, int to) {
        String marker = null;
        int contentStart;
        if (s.charAt(i) == '{' && i + 2 < to && s.charAt(i + 2) == '}' && EFFECT_CHARS.indexOf(s.charAt(i + 1)) >= 0) {
            // The brace form ignores word boundaries: that is what it is for.
            marker = String.valueOf(s.charAt(i + 1));
            contentStart = i + 3;
        } else {
            if (s.startsWith("??", i)) {
                marker = "??";
            } else if (EFFECT_CHARS.indexOf(s.charAt(i)) >= 0) {
                marker = String.valueOf(s.charAt(i));
            }
            if (marker == null || !canOpen(i, marker.length(), to)) {
                return -1;
            }
            contentStart = i + marker.length();
        }
        int[] close = findCloser(marker, contentStart, to);
        if (close == null) {
            return -1;
        }
        String[] md = EFFECTS.get(marker);
        out.markup(md[0]);
        run(contentStart, close[0]);
        out.markup(md[1]);
        return close[1];
    }

    /**
     * Jira's rule: an opening marker follows start of text or a non-word character and precedes a non-space,
     * which is what keeps snake_case, well-known and 2024-01-15 plain.
     */
    private boolean canOpen(int i, int width, int to) {
        char next = i + width < to ? s.charAt(i + width) : 0;
        return (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                && next != 0 && !Character.isWhitespace(next) && next != s.charAt(i);
    }

    /** The closing marker of an effect: {start, end} in {@code s}, or null. Skips code, links and URLs. */
    private int[] findCloser(String marker, int from, int to) {
        String key = marker + ':' + to;
        Integer failed = noCloserFrom.get(key);
        if (failed != null && from >= failed) {
            return null;
        }
        int[] close = scanForCloser(marker, from, to);
        if (close == null) {
            noCloserFrom.merge(key, from, Math::min);
        }
        return close;
    }

    private int[] scanForCloser(String marker, int from, int to) {
        String braced = "{" + marker + "}";
        int j = from + 1;
        while (j < to) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (s.startsWith("{{", j)) {
                int close = s.indexOf("}}", j + 2);
                if (close >= 0 && close < to) {
                    j = close + 2;
                    continue;
                }
            }
            if (c == '[') {
                int close = s.indexOf(']', j);
                if (close >= 0 && close < to) {
                    j = close + 1;
                    continue;
                }
            }
            if (isUrlStart(j)) {
                j = urlEnd(j, to);
                continue;
            }
            if (c == '(' && EMOTICON.matcher(s).region(j, to).lookingAt()) {
                j = s.indexOf(')', j) + 1;
                continue;
            }
            if (s.startsWith(braced, j) && j + braced.length() <= to) {
                return new int[] {j, j + braced.length()};
            }
            if (s.startsWith(marker, j) && j + marker.length() <= to) {
                char after = j + marker.length() < s.length() ? s.charAt(j + marker.length()) : 0;
                if (!Character.isWhitespace(s.charAt(j - 1)) && !Character.isLetterOrDigit(after)) {
                    return new int[] {j, j + marker.length()};
                }
            }
            j++;
        }
        return null;
    }

    private boolean isUrlStart(int i) {
        return (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                && SCHEME.matcher(s).region(i, s.length()).lookingAt();
    }

    /** End of a bare URL: up to whitespace or wiki delimiters, without trailing sentence punctuation. */
    private int urlEnd(int i, int to) {
        int end = i;
        while (end < to && !Character.isWhitespace(s.charAt(end)) && "[]|<>\"{}".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        while (end > i && ".,;:!?'*_".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > i && s.charAt(end - 1) == ')' && s.substring(i, end).indexOf('(') < 0) {
            end--;
        }
        return end;
    }

    /** A Markdown code span holding {@code code} verbatim, however many backticks it contains. */
    static String codeSpan(String code) {
        int longest = longestRun(code, '`');
        String fence = "`".repeat(longest + 1);
        boolean pad = code.startsWith("`") || code.endsWith("`")
                || (code.startsWith(" ") && code.endsWith(" ") && !code.isBlank());
        return pad ? fence + " " + code + " " + fence : fence + code + fence;
    }

    static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** A Markdown link destination: bare when possible, in angle brackets when it holds spaces or parentheses. */
    static String destination(String url) {
        String u = url.strip();
        if (u.matches("[^\\s()<>]*")) {
            return u;
        }
        return "<" + u.replace("<", "%3C").replace(">", "%3E") + ">";
    }

    /** Lower-cased with {@link Locale#ROOT}, so a Turkish default locale cannot turn "TITLE" into "tıtle". */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

package org.mcpgate.atlassian.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block pass of wiki markup to Markdown. Reads the text line by line, cutting out the block macros
 * ({@code {code}}, {@code {quote}}, panels) wherever they start, and groups consecutive lines into paragraphs,
 * lists, tables and quotes; the text of each goes through {@link WikiInline}. Blocks are separated by a blank
 * line, which Markdown needs where wiki markup does not (a list right after a paragraph, say).
 */
final class WikiToMarkdown {

    private static final Pattern BLOCK_MACRO =
            Pattern.compile("\\{(code|noformat|quote|panel|info|note|warning|tip)(?::([^}\\n]{0,512}))?}");
    private static final Pattern HEADING = Pattern.compile("h([1-6])\\.(?:\\s+(.*))?");
    private static final Pattern BQ = Pattern.compile("bq\\.(?:\\s+(.*))?");
    private static final Pattern RULE = Pattern.compile("-{4,}");
    private static final Pattern LIST = Pattern.compile("([*#]+|-)\\s+(.*)");
    private static final Pattern TRAILING_HASHES = Pattern.compile("\\s(#+)$");
    private static final String PARAGRAPH_BREAK = "\\\n";

    /** Lines of the open group go together into one Markdown block. */
    private enum Group { NONE, PARAGRAPH, LIST, TABLE, QUOTE }

    /** One level of the list being written: its wiki type ({@code *} or {@code #}), marker width, last number. */
    private record Level(char type, int width, int number) {
    }

    /** A table cell, from {@code ||header||} or {@code |data|}. */
    private record Cell(boolean header, String wiki) {
    }

    private final String src;
    private final List<String> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private Group group = Group.NONE;
    /** A table row without its closing {@code |} continues on the next line (multi-line cells). */
    private boolean rowOpen;

    private WikiToMarkdown(String src) {
        this.src = src;
    }

    /** Converts wiki markup with {@code \n} line ends to Markdown. */
    static String convert(String wiki) {
        return new WikiToMarkdown(wiki).run();
    }

    private String run() {
        int pos = 0;
        while (pos < src.length()) {
            int eol = src.indexOf('\n', pos);
            if (eol < 0) {
                eol = src.length();
            }
            String line = src.substring(pos, eol);
            Matcher macro = findBlockMacro(line);
            if (macro == null) {
                line(line);
                pos = eol + 1;
            } else if (!line.substring(0, macro.start()).isBlank()) {
                // Text before a macro on the same line is a block of its own; the macro comes next round.
                line(line.substring(0, macro.start()));
                pos += macro.start();
            } else {
                flush();
                pos = macro(macro.group(1), macro.group(2), pos + macro.end());
            }
        }
        flush();
        return String.join("\n\n", blocks);
    }

    /** The first block macro in {@code line} that is not inside {@code {{monospace}}}, or null. */
    private static Matcher findBlockMacro(String line) {
        Matcher m = BLOCK_MACRO.matcher(line);
        while (m.find()) {
            if (!insideMonospace(line, m.start())) {
                return m;
            }
        }
        return null;
    }

    private static boolean insideMonospace(String line, int index) {
        int open = line.indexOf("{{");
        while (open >= 0 && open < index) {
            int close = line.indexOf("}}", open + 2);
            if (close < 0) {
                return false;
            }
            if (index < close + 2) {
                return true;
            }
            open = line.indexOf("{{", close + 2);
        }
        return false;
    }

    /** Converts the macro whose body starts at {@code start}; returns the position after its closing tag. */
    private int macro(String name, String params, int start) {
        String closer = "{" + name + "}";
        int close = src.indexOf(closer, start);
        String body = src.substring(start, close < 0 ? src.length() : close);
        String md = switch (name) {
            case "code", "noformat" -> codeBlock(name, params, body);
            default -> container(name, params, body);
        };
        if (!md.isEmpty()) {
            blocks.add(md);
        }
        return close < 0 ? src.length() : close + closer.length();
    }

    private static String codeBlock(String name, String params, String body) {
        String language = "";
        String title = null;
        if (name.equals("code") && params != null) {
            for (String param : params.split("\\|")) {
                int eq = param.indexOf('=');
                if (eq < 0) {
                    language = param.strip();
                    continue;
                }
                String key = WikiInline.lower(param.substring(0, eq).strip());
                String value = param.substring(eq + 1).strip();
                if (key.equals("language") || key.equals("lang")) {
                    language = value;
                } else if (key.equals("title")) {
                    title = value;
                }
            }
        }
        language = WikiInline.lower(language);
        if (language.equals("none")) {
            language = "";
        }
        // The title rides along in the info string, where the way back finds it again.
        String info = language;
        if (title != null && !title.isEmpty()) {
            info += " title=\"" + title.replace("\"", "'").replace("`", "'") + "\"";
        }
        String code = body.replaceFirst("^[ \\t]*\\n", "").replaceFirst("\\n[ \\t]*$", "");
        String fence = "`".repeat(Math.max(3, WikiInline.longestRun(code, '`') + 1));
        return fence + info + "\n" + (code.isEmpty() ? "" : code + "\n") + fence;
    }

    /** Quotes and panels become block quotes; panels put their title (or their kind) first, in bold. */
    private static String container(String name, String params, String body) {
        String title = null;
        if (!name.equals("quote")) {
            title = param(params, "title");
            if (title == null && !name.equals("panel")) {
                title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
        }
        String inner = convert(body);
        StringBuilder md = new StringBuilder();
        if (title != null && !title.isBlank()) {
            md.append("**").append(WikiInline.toMarkdown(title.strip(), "<br>")).append("**");
            if (!inner.isEmpty()) {
                md.append("\n\n");
            }
        }
        md.append(inner);
        return quoteLines(md.toString());
    }

    private static String param(String params, String key) {
        if (params == null) {
            return null;
        }
        for (String param : params.split("\\|")) {
            int eq = param.indexOf('=');
            if (eq > 0 && WikiInline.lower(param.substring(0, eq).strip()).equals(key)) {
                return param.substring(eq + 1).strip();
            }
        }
        return null;
    }

    private static String quoteLines(String md) {
        if (md.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : md.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.isEmpty() ? ">" : "> " + line);
        }
        return sb.toString();
    }

    private void line(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            flush();
            return;
        }
        if (group == Group.TABLE && rowOpen && !t.startsWith("|")) {
            int last = lines.size() - 1;
            lines.set(last, lines.get(last) + "\n" + t);
            rowOpen = !t.endsWith("|");
            return;
        }
        Matcher m = HEADING.matcher(t);
        if (m.matches()) {
            flush();
            blocks.add(heading(Integer.parseInt(m.group(1)), m.group(2)));
        } else if (RULE.matcher(t).matches()) {
            flush();
            blocks.add("---");
        } else if ((m = BQ.matcher(t)).matches()) {
            add(Group.QUOTE, m.group(1) == null ? "" : m.group(1));
        } else if (LIST.matcher(t).matches()) {
            add(Group.LIST, t);
        } else if (group == Group.LIST && !t.startsWith("|")) {
            // A line right after a list item, without a marker, continues the item on a new line.
            int last = lines.size() - 1;
            lines.set(last, lines.get(last) + "\\\\" + t);
        } else if (t.startsWith("|")) {
            add(Group.TABLE, t);
            rowOpen = !t.endsWith("|") || t.endsWith("\\|");
        } else {
            add(Group.PARAGRAPH, t);
        }
    }

    private void add(Group g, String line) {
        if (group != g) {
            flush();
            group = g;
        }
        lines.add(line);
    }

    private void flush() {
        String md = switch (group) {
            case NONE -> "";
            case PARAGRAPH -> paragraph(lines);
            case LIST -> list(lines);
            case TABLE -> table(lines);
            case QUOTE -> quoteLines(paragraph(lines));
        };
        if (!md.isEmpty()) {
            blocks.add(md);
        }
        lines.clear();
        group = Group.NONE;
        rowOpen = false;
    }

    private static String heading(int level, String text) {
        String md = text == null ? "" : WikiInline.toMarkdown(text, "<br>");
        // "# Item #" would lose its trailing # as an ATX closing sequence.
        Matcher hashes = TRAILING_HASHES.matcher(md);
        if (hashes.find()) {
            md = md.substring(0, hashes.start(1)) + "\\" + md.substring(hashes.start(1));
        }
        return "#".repeat(level) + (md.isEmpty() ? "" : " " + md);
    }

    /** Wiki paragraphs keep their line breaks as Markdown line breaks: each line on its own line. */
    private static String paragraph(List<String> lines) {
        Marked out = new Marked();
        String separator = "";
        for (String line : lines) {
            boolean trailingBreak = line.endsWith("\\\\");
            int before = out.length();
            out.markup(separator);
            WikiInline.append(line, out, PARAGRAPH_BREAK, false);
            if (out.length() == before + separator.length()) {
                // Nothing visible ({color:red} alone on its line): no line of its own either.
                out.trimEnd();
                continue;
            }
            separator = trailingBreak ? PARAGRAPH_BREAK : "\n";
        }
        return MarkdownEscaper.render(out);
    }

    private static String list(List<String> lines) {
        List<Level> levels = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        for (String line : lines) {
            Matcher m = LIST.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String markers = m.group(1).equals("-") ? "*" : m.group(1);
            int depth = markers.length();
            char type = markers.charAt(depth - 1);
            while (levels.size() > depth) {
                levels.remove(levels.size() - 1);
            }
            // A level skipped in the wiki (** right after nothing) is virtual: it takes no indentation.
            while (levels.size() < depth - 1) {
                levels.add(new Level(markers.charAt(levels.size()), 0, 0));
            }
            if (levels.size() == depth && levels.get(depth - 1).type() != type) {
                levels.remove(depth - 1);
            }
            int number = levels.size() == depth ? levels.get(depth - 1).number() + 1 : 1;
            String marker = type == '#' ? number + ". " : "- ";
            int indent = 0;
            for (int k = 0; k < depth - 1; k++) {
                indent += levels.get(k).width();
            }
            Level level = new Level(type, marker.length(), number);
            if (levels.size() == depth) {
                levels.set(depth - 1, level);
            } else {
                levels.add(level);
            }
            String text = WikiInline.toMarkdown(m.group(2), "\\\n" + " ".repeat(indent + marker.length()));
            if (md.length() > 0) {
                md.append('\n');
            }
            md.append(" ".repeat(indent)).append(text.isEmpty() ? marker.strip() : marker + text);
        }
        return md.toString();
    }

    private static String table(List<String> rows) {
        List<List<Cell>> parsed = new ArrayList<>();
        int columns = 0;
        for (String row : rows) {
            List<Cell> cells = cells(row);
            if (!cells.isEmpty()) {
                parsed.add(cells);
                columns = Math.max(columns, cells.size());
            }
        }
        if (parsed.isEmpty()) {
            return "";
        }
        // GFM tables need exactly one header row; without one in the wiki it stays empty.
        boolean headed = parsed.get(0).stream().allMatch(Cell::header);
        List<String> header = new ArrayList<>();
        if (headed) {
            for (Cell cell : parsed.remove(0)) {
                header.add(cellMarkdown(cell.wiki()));
            }
        }
        StringBuilder md = new StringBuilder(row(header, columns)).append('\n').append("| --- ".repeat(columns))
                .append('|');
        for (List<Cell> cells : parsed) {
            List<String> texts = new ArrayList<>();
            for (Cell cell : cells) {
                String text = cellMarkdown(cell.wiki());
                texts.add(cell.header() && !text.isEmpty() ? "**" + text + "**" : text);
            }
            md.append('\n').append(row(texts, columns));
        }
        return md.toString();
    }

    private static String row(List<String> cells, int columns) {
        StringBuilder sb = new StringBuilder("|");
        for (int k = 0; k < columns; k++) {
            String text = k < cells.size() ? cells.get(k) : "";
            sb.append(text.isEmpty() ? " " : " " + text + " ").append('|');
        }
        return sb.toString();
    }

    private static String cellMarkdown(String wiki) {
        List<String> parts = new ArrayList<>();
        for (String line : wiki.split("\n")) {
            if (!line.isBlank()) {
                parts.add(WikiInline.cellToMarkdown(line.strip()));
            }
        }
        // Every pipe, even inside a code span, would end the GFM cell.
        return String.join("<br>", parts).replace("|", "\\|");
    }

    /** Splits a table row at its {@code |} and {@code ||} delimiters, not at pipes inside links, macros or code. */
    private static List<Cell> cells(String row) {
        List<Cell> cells = new ArrayList<>();
        int n = row.length();
        int i = 0;
        while (i < n && row.charAt(i) == '|') {
            boolean header = i + 1 < n && row.charAt(i + 1) == '|';
            i += header ? 2 : 1;
            int start = i;
            while (i < n && row.charAt(i) != '|') {
                i = skipProtected(row, i);
            }
            if (start >= n) {
                break;
            }
            cells.add(new Cell(header, row.substring(start, i).strip()));
        }
        return cells;
    }

    /** The index after the character at {@code i}, or after the whole link, macro or escape starting there. */
    private static int skipProtected(String row, int i) {
        char c = row.charAt(i);
        if (c == '\\' && i + 1 < row.length()) {
            return i + 2;
        }
        String close = row.startsWith("{{", i) ? "}}" : c == '[' ? "]" : c == '{' ? "}" : null;
        if (close != null) {
            int end = row.indexOf(close, i + 1);
            if (end >= 0) {
                return end + close.length();
            }
        }
        return i + 1;
    }
}

package org.mcpgate.atlassian.markup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown to wiki markup: commonmark parses, this walks the syntax tree and writes wiki markup into a
 * {@link Marked} buffer, which {@link WikiEscaper} then renders with the escapes the whole output needs.
 */
final class MarkdownToWiki {

    /** Thread-safe once built. Two tildes for strikethrough, so that "~5 min ~10 min" stays text. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(),
                    StrikethroughExtension.builder().requireTwoTildes(true).build()))
            .build();

    /** Languages Jira's {code} macro highlights; anything else would show an error box, so it is not passed. */
    private static final Set<String> LANGUAGES = Set.of("actionscript", "ada", "applescript", "bash", "c", "c#",
            "c++", "cpp", "css", "erlang", "go", "groovy", "haskell", "html", "java", "javascript", "js", "json",
            "lua", "nyan", "objc", "perl", "php", "python", "r", "ruby", "scala", "sh", "sql", "swift",
            "visualbasic", "xml", "yaml");

    /** Markdown language names Jira knows by another name. */
    private static final Map<String, String> LANGUAGE_ALIASES = Map.ofEntries(
            Map.entry("shell", "bash"), Map.entry("zsh", "bash"), Map.entry("console", "bash"),
            Map.entry("yml", "yaml"), Map.entry("py", "python"), Map.entry("rb", "ruby"),
            Map.entry("csharp", "c#"), Map.entry("cs", "c#"), Map.entry("vb", "visualbasic"),
            Map.entry("objective-c", "objc"), Map.entry("golang", "go"), Map.entry("xhtml", "html"),
            Map.entry("typescript", "javascript"), Map.entry("ts", "javascript"), Map.entry("jsx", "javascript"),
            Map.entry("postgresql", "sql"), Map.entry("mysql", "sql"), Map.entry("plsql", "sql"));

    private static final int MAX_DEPTH = 64;

    private static final Pattern TITLE = Pattern.compile("title=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

    /**
     * Text that must reach Jira verbatim: URLs (escaping an underscore or dash would break them), mentions,
     * issue, attachment and anchor links written the wiki way.
     */
    private static final Pattern VERBATIM = Pattern.compile(
            "(?i:\\b(?:https?|ftp)://|\\bfile:/|\\bmailto:)[^\\s<>\\[\\]|{}\"]*[^\\s<>\\[\\]|{}\".,;:!?'*_)]"
                    + "|\\[[~#][^\\]\\s|\\[]+]|\\[[A-Z][A-Z0-9_]+-\\d+]|\\[\\^[^\\]|\\[]+]");

    private static final Pattern HTML_TAG = Pattern.compile("<(/?)([A-Za-z]+)[^>]*?(/?)>");

    /** Wiki text effect for each HTML tag Markdown writers use where Markdown itself has nothing. */
    private static final Map<String, String> HTML_EFFECTS = Map.ofEntries(
            Map.entry("ins", "+"), Map.entry("u", "+"), Map.entry("sup", "^"), Map.entry("sub", "~"),
            Map.entry("del", "-"), Map.entry("s", "-"), Map.entry("strike", "-"), Map.entry("b", "*"),
            Map.entry("strong", "*"), Map.entry("i", "_"), Map.entry("em", "_"), Map.entry("cite", "??"));

    private final Marked out = new Marked();
    /** An HTML effect tag not closed yet, and where its marker was written. */
    private record OpenTag(String name, int at) {
    }

    private final Deque<OpenTag> openTags = new ArrayDeque<>();
    private Marked.Kind textKind = Marked.Kind.LITERAL;
    private boolean inTable;
    private boolean inQuote;
    /** Nesting of the node being converted; past MAX_DEPTH only its text is kept, not to overflow the stack. */
    private int depth;

    private MarkdownToWiki() {
    }

    /** Converts Markdown with {@code \n} line ends to wiki markup. */
    static String convert(String markdown) {
        MarkdownToWiki converter = new MarkdownToWiki();
        converter.blocks(PARSER.parse(markdown), "\n\n");
        converter.out.trimEnd();
        return WikiEscaper.render(converter.out);
    }

    private void blocks(Node parent, String separator) {
        boolean first = true;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof LinkReferenceDefinition) {
                continue;
            }
            if (!first) {
                out.markup(separator);
            }
            first = false;
            block(n);
        }
    }

    private void block(Node n) {
        if (depth >= MAX_DEPTH) {
            out.literal(plainText(n));
            return;
        }
        depth++;
        try {
            nested(n);
        } finally {
            depth--;
        }
    }

    private void nested(Node n) {
        if (n instanceof Heading h) {
            out.markup("h" + h.getLevel() + ". ");
            inlines(h, true);
        } else if (n instanceof Paragraph) {
            inlines(n, false);
        } else if (n instanceof BlockQuote) {
            quote(n);
        } else if (n instanceof ListBlock list) {
            list(list, "");
        } else if (n instanceof FencedCodeBlock code) {
            code(code.getInfo(), code.getLiteral());
        } else if (n instanceof IndentedCodeBlock code) {
            code("", code.getLiteral());
        } else if (n instanceof HtmlBlock html) {
            // Jira does not render HTML; the text itself is the closest it gets.
            String[] lines = html.getLiteral().strip().split("\n");
            for (int k = 0; k < lines.length; k++) {
                out.markup(k > 0 ? "\n" : "").literal(lines[k]);
            }
        } else if (n instanceof ThematicBreak) {
            out.markup("----");
        } else if (n instanceof TableBlock) {
            table(n);
        } else {
            blocks(n, "\n\n");
        }
    }

    private void quote(Node quote) {
        Node only = quote.getFirstChild();
        if (only instanceof Paragraph && only.getNext() == null && !hasLineBreak(only)) {
            out.markup("bq. ");
            inlines(only, true);
            return;
        }
        if (inQuote) {
            // {quote} does not nest in Jira: the first closing tag would end the outer one.
            blocks(quote, "\n\n");
            return;
        }
        inQuote = true;
        out.markup("{quote}\n");
        blocks(quote, "\n\n");
        out.markup("\n{quote}");
        inQuote = false;
    }

    private static boolean hasLineBreak(Node paragraph) {
        return plainText(paragraph, '\n').indexOf('\n') >= 0;
    }

    /** Wiki lists nest by repeating markers ({@code #*} is a bullet inside a numbered item), one item a line. */
    private void list(ListBlock list, String outer) {
        String prefix = outer + (list instanceof OrderedList ? "#" : "*");
        boolean firstItem = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!firstItem) {
                out.markup("\n");
            }
            firstItem = false;
            out.markup(prefix + " ");
            boolean text = false;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph) {
                    // Further paragraphs of the item stay in it, after a line break.
                    out.markup(text ? "\\\\" : "");
                    inlines(child, true);
                    text = true;
                } else if (child instanceof ListBlock nested && depth < MAX_DEPTH) {
                    out.markup("\n");
                    depth++;
                    list(nested, prefix);
                    depth--;
                } else {
                    out.markup("\n");
                    block(child);
                }
            }
        }
    }

    private void code(String info, String literal) {
        String language = "";
        String title = null;
        String[] words = info == null ? new String[0] : info.strip().split("\\s+", 2);
        if (words.length > 0 && !words[0].contains("=")) {
            language = WikiInline.lower(words[0]);
            language = LANGUAGE_ALIASES.getOrDefault(language, language);
        }
        Matcher t = info == null ? null : TITLE.matcher(info);
        if (t != null && t.find()) {
            title = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
        }
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        boolean known = LANGUAGES.contains(language);
        String open;
        String close;
        // Either macro ends at the first closing tag, so code holding one goes into the other.
        if (((known || title != null) && !code.contains("{code}")) || code.contains("{noformat}")) {
            String params = title == null ? (known ? ":" + language : "")
                    : ":title=" + title + (known ? "|language=" + language : "");
            open = "{code" + params + "}";
            close = "{code}";
        } else {
            // Without a language Jira's {code} would highlight as Java; {noformat} is plain preformatted text.
            open = "{noformat}";
            close = "{noformat}";
        }
        out.markup(open + "\n" + (code.isEmpty() ? "" : code + "\n") + close);
    }

    private void table(Node table) {
        boolean firstRow = true;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                // GFM needs a header row even where the table has none; an empty one is dropped.
                if (head && allEmpty(row)) {
                    continue;
                }
                if (!firstRow) {
                    out.markup("\n");
                }
                firstRow = false;
                String delimiter = head ? "||" : "|";
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    out.markup(delimiter);
                    int before = out.length();
                    inTable = true;
                    inlines(cell, true);
                    inTable = false;
                    if (out.length() == before) {
                        // || would read as a header delimiter: an empty cell needs its space.
                        out.markup(" ");
                    }
                }
                out.markup(delimiter);
            }
        }
    }

    private static boolean allEmpty(Node row) {
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell && cell.getFirstChild() != null) {
                return false;
            }
        }
        return true;
    }

    private void inlines(Node parent, boolean singleLine) {
        Node n = parent.getFirstChild();
        while (n != null) {
            if (n instanceof Text) {
                // commonmark leaves brackets and delimiters it did not use as separate Text nodes;
                // join them so "[~jsmith]" is seen whole.
                StringBuilder text = new StringBuilder();
                while (n instanceof Text t) {
                    text.append(t.getLiteral());
                    n = n.getNext();
                }
                text(text.toString());
                continue;
            }
            inline(n, singleLine);
            n = n.getNext();
        }
    }

    private void inline(Node n, boolean singleLine) {
        if (depth >= MAX_DEPTH) {
            out.literal(plainText(n));
            return;
        }
        depth++;
        try {
            nestedInline(n, singleLine);
        } finally {
            depth--;
        }
    }

    private void nestedInline(Node n, boolean singleLine) {
        if (n instanceof Code code) {
            // In a table cell Jira would split the cell at a pipe, even inside monospace.
            out.markup("{{" + (inTable ? code.getLiteral().replace("|", "\\|") : code.getLiteral()) + "}}");
        } else if (n instanceof StrongEmphasis) {
            effect(n, "*", singleLine);
        } else if (n instanceof Emphasis) {
            effect(n, "_", singleLine);
        } else if (n instanceof Strikethrough) {
            effect(n, "-", singleLine);
        } else if (n instanceof Link link) {
            link(link);
        } else if (n instanceof Image image) {
            image(image);
        } else if (n instanceof SoftLineBreak) {
            out.markup(singleLine ? " " : "\n");
        } else if (n instanceof HardLineBreak) {
            lineBreak(singleLine);
        } else if (n instanceof HtmlInline html) {
            html(html.getLiteral(), singleLine);
        } else {
            inlines(n, singleLine);
        }
    }

    /** A newline already is a line break in a Jira paragraph; where it would end the block, \\ is. */
    private void lineBreak(boolean singleLine) {
        out.trimSpaces();
        out.markup(singleLine ? "\\\\" : "\n");
    }

    private void effect(Node n, String marker, boolean singleLine) {
        int open = out.effect(marker);
        inlines(n, singleLine);
        out.pair(open, out.effect(marker), marker.length());
    }

    private void text(String text) {
        // After a line break from <br>, the space that followed the tag would start the next line.
        String s = out.length() > 0 && out.charAt(out.length() - 1) == '\n' ? text.stripLeading() : text;
        Matcher m = VERBATIM.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s.substring(last, m.start()), textKind).markup(m.group());
            last = m.end();
        }
        out.append(s.substring(last), textKind);
    }

    private void link(Link link) {
        String url = link.getDestination().replace("|", "%7C").replace("]", "%5D");
        if (url.contains("://")) {
            // Jira ends a URL at a space; a page name ([text|Some Page]) keeps its spaces.
            url = url.replace(" ", "%20");
        }
        String text = plainText(link);
        if (url.isBlank()) {
            // [text]() links nowhere; the text is what is left of it.
            inlines(link, true);
            return;
        }
        if (link.getFirstChild() == null || text.equals(link.getDestination())) {
            out.markup("[" + url + "]");
            return;
        }
        out.markup("[");
        Marked.Kind outer = textKind;
        textKind = Marked.Kind.LINK_TEXT;
        inlines(link, true);
        textKind = outer;
        out.markup("|" + url + "]");
    }

    private void image(Image image) {
        // Attributes are comma separated and the macro ends at "!", so those cannot be in the alt text.
        String alt = plainText(image).replaceAll("[,|!\\s]+", " ").strip();
        out.markup("!" + image.getDestination().replace("|", "%7C").replace("!", "%21")
                + (alt.isEmpty() ? "" : "|alt=" + alt) + "!");
    }

    private void html(String tag, boolean singleLine) {
        Matcher m = HTML_TAG.matcher(tag);
        if (!m.matches()) {
            out.literal(tag);
            return;
        }
        String name = WikiInline.lower(m.group(2));
        boolean closing = !m.group(1).isEmpty();
        if (name.equals("br")) {
            lineBreak(singleLine);
        } else if (name.equals("code") || name.equals("kbd") || name.equals("tt")) {
            out.markup(closing ? "}}" : "{{");
        } else if (HTML_EFFECTS.containsKey(name)) {
            String marker = HTML_EFFECTS.get(name);
            if (!closing) {
                openTags.push(new OpenTag(name, out.effect(marker)));
            } else if (!openTags.isEmpty() && openTags.peek().name().equals(name)) {
                out.pair(openTags.pop().at(), out.effect(marker), marker.length());
            }
        } else {
            out.literal(tag);
        }
    }

    /** The text of a node and its descendants, on one line. */
    private static String plainText(Node root) {
        return plainText(root, ' ');
    }

    /** The text of a node and its descendants, line breaks as {@code lineBreak}; walks without recursion. */
    private static String plainText(Node root, char lineBreak) {
        StringBuilder sb = new StringBuilder();
        Node n = root instanceof Text || root instanceof Code ? root : root.getFirstChild();
        while (n != null) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(lineBreak);
            } else if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == root ? null : n.getNext();
        }
        return lineBreak == '\n' ? sb.toString() : sb.toString().replace('\n', lineBreak);
    }
}

package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Jira wiki markup to HTML renderer for {@code expand=renderedFields}: headings, lists, code and noformat
 * blocks, tables, links, user mentions and the inline styles. Good enough to tell rendered from raw text.
 */
final class WikiRenderer {
    private static final Pattern HEADING = Pattern.compile("^h([1-6])\\.\\s+(.*)$");
    private static final Pattern CODE_START = Pattern.compile("^\\{(code|noformat)(?::([^}]*))?}(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([*#-]+)\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^|\\]]+)\\|([^\\]]+)]|\\[(~?)([^\\]|]+)]");

    /** Display name of a login for {@code [~name]}; null when unknown. */
    private final Function<String, String> userNames;
    private final Links links;

    WikiRenderer(Links links, Function<String, String> userNames) {
        this.links = links;
        this.userNames = userNames;
    }

    String render(String wiki) {
        if (wiki == null) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String[] lines = wiki.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher code = CODE_START.matcher(line.trim());
            Matcher heading = HEADING.matcher(line.trim());
            Matcher item = LIST_ITEM.matcher(line.trim());
            if (code.matches()) {
                flush(paragraph, html);
                i = block(lines, i, code.group(1), code.group(2), code.group(3), html);
            } else if (heading.matches()) {
                flush(paragraph, html);
                html.append("<h").append(heading.group(1)).append("><a name=\"").append(anchor(heading.group(2)))
                        .append("\"></a>").append(inline(heading.group(2))).append("</h").append(heading.group(1))
                        .append(">\n");
            } else if (item.matches() && !line.trim().startsWith("----")) {
                flush(paragraph, html);
                i = list(lines, i, html);
            } else if (line.trim().startsWith("||") || line.trim().startsWith("|")) {
                flush(paragraph, html);
                i = table(lines, i, html);
            } else if (line.trim().equals("----")) {
                flush(paragraph, html);
                html.append("<hr />\n");
            } else if (line.isBlank()) {
                flush(paragraph, html);
            } else {
                paragraph.add(line);
            }
        }
        flush(paragraph, html);
        return html.toString().stripTrailing();
    }

    private void flush(List<String> paragraph, StringBuilder html) {
        if (paragraph.isEmpty()) {
            return;
        }
        List<String> rendered = paragraph.stream().map(this::inline).toList();
        html.append("<p>").append(String.join("<br/>\n", rendered)).append("</p>\n");
        paragraph.clear();
    }

    private int block(String[] lines, int start, String kind, String language, String rest, StringBuilder html) {
        String end = "{" + kind + "}";
        StringBuilder body = new StringBuilder();
        int i = start;
        String current = rest;
        while (true) {
            int close = current.indexOf(end);
            if (close >= 0) {
                body.append(current, 0, close);
                break;
            }
            body.append(current);
            if (++i >= lines.length) {
                break;
            }
            body.append(body.isEmpty() && current.isEmpty() ? "" : "\n");
            current = lines[i];
        }
        String text = escape(body.toString().strip());
        if (kind.equals("code")) {
            String lang = language == null || language.isBlank() ? "java" : language.split("\\|")[0].trim();
            html.append("<div class=\"code panel\" style=\"border-width: 1px;\">")
                    .append("<div class=\"codeContent panelContent\">")
                    .append("\n<pre class=\"code-").append(escape(lang)).append("\">").append(text)
                    .append("</pre>\n</div></div>\n");
        } else {
            html.append("<div class=\"preformatted panel\" style=\"border-width: 1px;\">")
                    .append("<div class=\"preformattedContent")
                    .append(" panelContent\">\n<pre>").append(text).append("</pre>\n</div></div>\n");
        }
        return i;
    }

    private int list(String[] lines, int start, StringBuilder html) {
        int i = start;
        Matcher first = LIST_ITEM.matcher(lines[i].trim());
        first.matches();
        String tag = first.group(1).endsWith("#") ? "ol" : "ul";
        html.append("<").append(tag).append(">\n");
        while (i < lines.length) {
            Matcher item = LIST_ITEM.matcher(lines[i].trim());
            if (!item.matches()) {
                break;
            }
            html.append("\t<li>").append(inline(item.group(2))).append("</li>\n");
            i++;
        }
        html.append("</").append(tag).append(">\n");
        return i - 1;
    }

    private int table(String[] lines, int start, StringBuilder html) {
        int i = start;
        html.append("<div class='table-wrap'>\n<table class='confluenceTable'><tbody>\n");
        while (i < lines.length && lines[i].trim().startsWith("|")) {
            String row = lines[i].trim();
            boolean header = row.startsWith("||");
            String cellTag = header ? "th" : "td";
            String[] cells = row.split(header ? "\\|\\|" : "\\|");
            html.append("<tr>\n");
            for (String cell : cells) {
                if (!cell.isEmpty()) {
                    html.append("<").append(cellTag).append(" class='confluence").append(header ? "Th" : "Td")
                            .append("'>").append(inline(cell.trim())).append("</").append(cellTag).append(">\n");
                }
            }
            html.append("</tr>\n");
            i++;
        }
        html.append("</tbody></table>\n</div>\n");
        return i - 1;
    }

    /** Inline markup, applied after escaping so user text can never inject HTML. */
    String inline(String text) {
        String out = escape(text);
        out = out.replaceAll("\\{\\{(.+?)}}", "<tt>$1</tt>");
        out = out.replaceAll("(?<![\\w*])\\*(\\S(?:.*?\\S)?)\\*(?![\\w*])", "<b>$1</b>");
        out = out.replaceAll("(?<![\\w_])_(\\S(?:.*?\\S)?)_(?![\\w_])", "<em>$1</em>");
        out = out.replaceAll("(?<![\\w-])-(\\S(?:.*?\\S)?)-(?![\\w-])", "<del>$1</del>");
        out = out.replaceAll("(?<![\\w+])\\+(\\S(?:.*?\\S)?)\\+(?![\\w+])", "<ins>$1</ins>");
        out = out.replace("\\\\", "<br/>");
        return links(out);
    }

    private String links(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = "<a href=\"" + m.group(2).trim() + "\" class=\"external-link\" rel=\"nofollow\">"
                        + m.group(1).trim() + "</a>";
            } else if (!m.group(3).isEmpty()) {
                String name = m.group(4).trim();
                String display = userNames.apply(name);
                replacement = "<a href=\"" + links.page("/secure/ViewProfile.jspa?name=" + name)
                        + "\" class=\"user-hover\" rel=\"" + name + "\">" + (display == null ? name : escape(display))
                        + "</a>";
            } else {
                String url = m.group(4).trim();
                replacement = "<a href=\"" + url + "\" class=\"external-link\" rel=\"nofollow\">" + url + "</a>";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String anchor(String heading) {
        return heading.replaceAll("[^A-Za-z0-9]", "");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.mcpgate.atlassian.markup;

/**
 * Converts Jira Data Center wiki markup to Markdown (what a language model reads) and Markdown to wiki markup
 * (what a model writes). Stateless and thread-safe; {@code null} converts to {@code null}.
 *
 * <p>The common subset (headings, text effects, monospace, links, images, code blocks, lists, tables, quotes,
 * rules) survives a round trip unchanged; panels become block quotes and stay block quotes.
 */
public final class JiraMarkup {

    private JiraMarkup() {
    }

    /** Wiki markup to Markdown. */
    public static String toMarkdown(String wiki) {
        return wiki == null ? null : WikiToMarkdown.convert(normalizeLineEnds(wiki));
    }

    /** Markdown (CommonMark with GFM tables and strikethrough) to wiki markup. */
    public static String toWiki(String markdown) {
        return markdown == null ? null : MarkdownToWiki.convert(normalizeLineEnds(markdown));
    }

    /** Jira stores what browsers send, CRLF included; both converters work on {@code \n} alone. */
    private static String normalizeLineEnds(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}

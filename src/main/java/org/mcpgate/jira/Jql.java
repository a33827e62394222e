package org.mcpgate.jira;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mcpgate.mcp.ToolInputException;

/** What mcpgate needs to know of a JQL text to wrap it in a clause of its own. */
final class Jql {

    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");

    private Jql() {
    }

    /** The JQL without its ORDER BY clause. */
    static String withoutOrderBy(String jql) {
        int at = orderByIndex(jql);
        return at < 0 ? jql : jql.substring(0, at).strip();
    }

    /** The ORDER BY clause with a leading space, or nothing. */
    static String orderBy(String jql) {
        int at = orderByIndex(jql);
        return at < 0 ? "" : " " + jql.substring(at).strip();
    }

    /**
     * Refuses JQL whose parentheses outside quoted strings do not balance: {@code x) OR (project = OTHER} would
     * otherwise close mcpgate's own parenthesis and escape the project clause.
     */
    static void requireBalanced(String jql) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < jql.length(); i++) {
            char c = jql.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                break;
            }
        }
        if (depth != 0 || quote != 0) {
            throw new ToolInputException("The JQL's parentheses or quotes do not balance; fix the query.");
        }
    }

    private static int orderByIndex(String jql) {
        Matcher m = ORDER_BY.matcher(jql);
        return m.find() ? m.start() : -1;
    }
}

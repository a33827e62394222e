package org.mcpgate.jira;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mcpgate.mcp.ToolInputException;

/** Checks issue and project keys before they go into a URL, so a malformed one is refused with advice. */
final class JiraKeys {

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");
    private static final Pattern ISSUE_ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    private JiraKeys() {
    }

    /** An issue key such as {@code PROJ-123} (any case) or a numeric issue id, upper-cased. */
    static String issue(String value) {
        String key = value.strip().toUpperCase(Locale.ROOT);
        if (ISSUE_KEY.matcher(key).matches() || ISSUE_ID.matcher(key).matches()) {
            return key;
        }
        throw new ToolInputException("'" + value + "' is not a Jira issue key: use the project key, a dash and"
                + " the number, e.g. PROJ-123.");
    }

    static String project(String value) {
        String key = value.strip().toUpperCase(Locale.ROOT);
        if (PROJECT_KEY.matcher(key).matches()) {
            return key;
        }
        throw new ToolInputException("'" + value + "' is not a Jira project key: use letters, digits and"
                + " underscores starting with a letter, e.g. PROJ.");
    }
}

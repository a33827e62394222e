package org.mcpgate.jira;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.mcpgate.config.ToolPolicy;
import org.mcpgate.mcp.ToolInputException;

/**
 * JIRA_PROJECTS_FILTER: the only projects tools may reach. Every key a tool names is checked by its project
 * prefix before any request leaves, and every JQL is ANDed with the allowed projects in parentheses, so that an
 * {@code OR} in the model's JQL cannot widen it.
 */
@ApplicationScoped
public class ProjectScope {

    @Inject
    ToolPolicy policy;

    /** A valid issue key within the allowed projects; with a filter, numeric ids are refused (no prefix to check). */
    String issue(String value) {
        String key = JiraKeys.issue(value);
        if (!allowed().isEmpty()) {
            int dash = key.lastIndexOf('-');
            if (dash < 0) {
                throw new ToolInputException("Name the issue by its key (e.g. " + allowed().get(0) + "-123), not by"
                        + " its numeric id: this server only reaches the projects " + String.join(", ", allowed())
                        + ".");
            }
            require(key.substring(0, dash), key);
        }
        return key;
    }

    /** A valid project key within the allowed projects. */
    String project(String value) {
        String key = JiraKeys.project(value);
        require(key, key);
        return key;
    }

    /**
     * The JQL to send: the model's, limited to the projects it asked for and the allowed ones.
     *
     * @param requested the tool's own projects_filter; each must be allowed
     */
    String jql(String jql, List<String> requested) {
        requested.forEach(p -> require(p, p));
        List<String> projects = requested.isEmpty() ? allowed() : requested;
        if (projects.isEmpty()) {
            return jql;
        }
        Jql.requireBalanced(jql);
        String where = Jql.withoutOrderBy(jql);
        return "project in (" + String.join(", ", projects) + ")" + (where.isBlank() ? "" : " AND (" + where + ")")
                + Jql.orderBy(jql);
    }

    private List<String> allowed() {
        return policy.projects();
    }

    private void require(String project, String named) {
        if (!allowed().isEmpty() && !allowed().contains(project)) {
            throw new ToolInputException(named + " is outside the projects this server may reach ("
                    + String.join(", ", allowed()) + "); an administrator sets them in JIRA_PROJECTS_FILTER.");
        }
    }
}

package org.mcpgate.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpgate.config.ToolPolicy;
import org.mcpgate.mcp.ToolInputException;

/** JIRA_PROJECTS_FILTER: JQL wrapped so that it cannot be escaped, keys checked by their project. */
class ProjectScopeTest {

    private static ProjectScope scope(String... projects) {
        ProjectScope scope = new ProjectScope();
        scope.policy = new ToolPolicy(Optional.empty(), Optional.empty(), false, List.of(projects));
        return scope;
    }

    @Test
    void jqlWhenFilterThenAndedInParenthesesKeepingOrderBy() {
        assertEquals("project in (DEMO) AND (project = OTHER OR project = DEMO) ORDER BY updated DESC",
                scope("DEMO").jql("project = OTHER OR project = DEMO ORDER BY updated DESC", List.of()));
        assertEquals("project in (DEMO, OPS) ORDER BY key", scope("DEMO", "OPS").jql("ORDER BY key", List.of()));
    }

    @Test
    void jqlWhenNoFilterThenUnchanged() {
        assertEquals("project = X) OR (y", scope().jql("project = X) OR (y", List.of()));
    }

    @Test
    void jqlWhenParenthesesCloseTheWrapperThenRefused() {
        for (String escape : List.of("x = 1) OR (project = OTHER", "project = OTHER) OR (x = 1", "(a = 1",
                "summary ~ \"unclosed")) {
            assertThrows(ToolInputException.class, () -> scope("DEMO").jql(escape, List.of()), escape);
        }
        assertTrue(scope("DEMO").jql("summary ~ \"(not a paren\"", List.of()).startsWith("project in (DEMO)"));
    }

    @Test
    void jqlWhenToolAsksForAnotherProjectThenRefused() {
        ToolInputException e = assertThrows(ToolInputException.class,
                () -> scope("DEMO").jql("x = 1", List.of("OPS")));
        assertTrue(e.getMessage().contains("JIRA_PROJECTS_FILTER"), e.getMessage());
        assertEquals("project in (DEMO) AND (x = 1)", scope("DEMO").jql("x = 1", List.of("DEMO")));
    }

    @Test
    void issueWhenOutsideTheFilterOrNumericThenRefused() {
        assertEquals("DEMO-1", scope("DEMO").issue("demo-1"));
        assertThrows(ToolInputException.class, () -> scope("DEMO").issue("OPS-1"));
        assertThrows(ToolInputException.class, () -> scope("DEMO").issue("10001"));
        assertEquals("10001", scope().issue("10001"));
        assertThrows(ToolInputException.class, () -> scope("DEMO").project("OPS"));
    }
}

package org.mcpgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** TOOLSETS, ENABLED_TOOLS and READ_ONLY_MODE as an admin sets them, and what each lets through. */
class ToolPolicyTest {

    private static ToolPolicy read(Map<String, String> policy) {
        Map<String, String> values = new HashMap<>(policy);
        values.put("JIRA_URL", "https://jira.example.com");
        values.put("JIRA_PERSONAL_TOKEN", "pat");
        return new SettingsReader(key -> Optional.ofNullable(values.get(key))).read().tools();
    }

    @Test
    void nothingSetThenEveryToolOffered() {
        ToolPolicy policy = read(Map.of());
        assertTrue(policy.offers("jira_create_issue", "jira_issues", false));
        assertTrue(policy.offers("jira_get_agile_boards", "jira_agile", true));
    }

    @Test
    void toolsetsWhenDefaultThenTheCoreOnly() {
        ToolPolicy policy = read(Map.of("TOOLSETS", "default"));
        assertEquals(Optional.of(Set.of("jira_issues", "jira_fields", "jira_comments", "jira_transitions")),
                policy.toolsets());
        assertTrue(policy.offers("jira_add_comment", "jira_comments", false));
        assertFalse(policy.offers("jira_get_agile_boards", "jira_agile", true));
    }

    @Test
    void toolsetsWhenAllOrNamedThenThose() {
        assertTrue(read(Map.of("TOOLSETS", "all")).offers("jira_create_sprint", "jira_agile", false));
        ToolPolicy comments = read(Map.of("TOOLSETS", "jira_comments"));
        assertTrue(comments.offers("jira_add_comment", "jira_comments", false));
        assertFalse(comments.offers("jira_search", "jira_issues", true));
    }

    @Test
    void toolsetsWhenUnknownThenStartupNamesTheValidOnes() {
        String message = assertThrows(ConfigurationException.class,
                () -> read(Map.of("TOOLSETS", "jira_issues,jira_everything"))).getMessage();
        assertTrue(message.contains("'jira_everything', which is not a toolset"), message);
        assertTrue(message.contains("jira_service_desk"), message);
    }

    @Test
    void enabledToolsThenOnlyThoseWithinTheToolsets() {
        ToolPolicy policy = read(Map.of("TOOLSETS", "jira_issues", "ENABLED_TOOLS", "jira_search,jira_add_comment"));
        assertTrue(policy.offers("jira_search", "jira_issues", true));
        assertFalse(policy.offers("jira_get_issue", "jira_issues", true));
        assertFalse(policy.offers("jira_add_comment", "jira_comments", false));
    }

    @Test
    void readOnlyThenNoWriteToolWhateverElseSays() {
        ToolPolicy policy = read(Map.of("READ_ONLY_MODE", "true", "ENABLED_TOOLS", "jira_create_issue,jira_search"));
        assertFalse(policy.offers("jira_create_issue", "jira_issues", false));
        assertTrue(policy.offers("jira_search", "jira_issues", true));
    }
}

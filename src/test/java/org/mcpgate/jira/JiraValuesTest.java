package org.mcpgate.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.mcpgate.atlassian.Json;

class JiraValuesTest {

    @Test
    void dataCenterUserThenDisplayNameAndUsername() {
        String user = "{\"self\":\"http://j/rest/api/2/user?username=alice\",\"name\":\"alice\",\"key\":\"JIRAUSER10100\","
                + "\"displayName\":\"Alice Example\",\"avatarUrls\":{\"48x48\":\"http://j/a.png\"},\"active\":true}";
        assertEquals("\"Alice Example (alice)\"", Json.write(JiraValues.render(Json.parse(user))));
    }

    @Test
    void jiraTimestampsBecomeIso8601() {
        assertEquals("2024-01-15T10:30Z", JiraValues.timestamp("2024-01-15T10:30:00.000+0000"));
        assertEquals("2024-01-15T10:30:05.120+01:00", JiraValues.timestamp("2024-01-15T10:30:05.120+0100"));
        assertEquals("2024-02-01", JiraValues.timestamp("2024-02-01"));
    }

    @Test
    void noiseAndEmptyValuesAreDropped() {
        String status = "{\"self\":\"http://j/status/1\",\"iconUrl\":\"http://j/i.png\",\"name\":\"In Progress\","
                + "\"id\":\"3\",\"statusCategory\":{\"key\":\"indeterminate\"}}";
        assertEquals("\"In Progress\"", Json.write(JiraValues.render(Json.parse(status))));
        assertNull(JiraValues.render(Json.parse("[]")));
        assertNull(JiraValues.render(Json.parse("\"\"")));
        assertEquals("{\"total\":3}", Json.write(JiraValues.render(Json.parse(
                "{\"self\":\"x\",\"total\":3,\"expand\":\"names\",\"list\":[]}"))));
    }

    @Test
    void optionsShowTheirValue() {
        assertEquals("[\"Red\",\"Blue\"]", Json.write(JiraValues.render(Json.parse(
                "[{\"self\":\"x\",\"value\":\"Red\",\"id\":\"1\"},{\"value\":\"Blue\",\"id\":\"2\"}]"))));
    }
}

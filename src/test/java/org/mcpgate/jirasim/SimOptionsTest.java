package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SimOptionsTest {

    @Test
    void defaultsAreLoopbackAnd9091() {
        SimOptions options = SimOptions.parse(new String[0]);
        assertEquals("127.0.0.1", options.host());
        assertEquals(9091, options.port());
    }

    @Test
    void optionsInBothForms() {
        SimOptions options = SimOptions.parse(new String[] {"--port", "9191", "--host=0.0.0.0", "--token",
                "abc=bob", "--base-url", "http://jira.example:8080/"});
        assertEquals(9191, options.port());
        assertEquals("0.0.0.0", options.host());
        assertEquals(Map.of("abc", "bob"), options.tokens());
        assertEquals("http://jira.example:8080/", options.baseUrl());
        assertThrows(IllegalArgumentException.class, () -> SimOptions.parse(new String[] {"--colour", "red"}));
        assertThrows(IllegalArgumentException.class, () -> SimOptions.parse(new String[] {"--port"}));
    }

    @Test
    void extraTokensAndBaseUrlAtStart() {
        try (JiraSimulator jira = JiraSimulator.start("127.0.0.1", 0, "http://jira.example/", Map.of("t", "bob"))) {
            SimClient client = new SimClient("http://127.0.0.1:" + jira.port());
            SimClient.Response me = client.get("/rest/api/2/myself", "Bearer t");
            assertEquals("http://jira.example/rest/api/2/user?username=bob", me.json().path("self").asString());
            client.post("/_sim/reset", null, "{}");
            assertEquals(200, client.get("/rest/api/2/myself", "Bearer t").status(), "kept across resets");
        }
    }
}

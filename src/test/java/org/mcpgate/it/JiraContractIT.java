package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpSyncClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcpgate.jirasim.RecordedRequest;

/**
 * The contract test: what mcpgate sends to Jira stays inside Atlassian's Jira DC 10.3 OpenAPI file, and the check
 * that every Jira integration test runs ({@link JiraContract}) does catch a request outside it.
 */
class JiraContractIT {

    @BeforeEach
    void fresh() {
        JiraSimulatorControl.reset();
        JiraSimulatorControl.clearRequests();
    }

    @Test
    void everyToolRequestIsAnOperationOfTheOpenApiFile() {
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect()) {
            McpClients.call(client, "jira_search", Map.of("jql", "project = DEMO"));
            McpClients.call(client, "jira_get_issue", Map.of("issue_key", "DEMO-1"));
            McpClients.call(client, "jira_get_transitions", Map.of("issue_key", "DEMO-1"));
        }
        List<RecordedRequest> received = JiraContract.received();
        assertTrue(received.size() >= 3, "the simulator saw mcpgate's requests: " + received);
        assertTrue(received.stream().allMatch(r -> "alice".equals(r.user())), "sent with the configured PAT");
        assertEquals(List.of(), JiraContract.CONTRACT.violations(received));
    }

    @Test
    void aRequestOutsideTheFileIsReported() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Servers.JIRA + "/rest/api/2/made-up"))
                .header("Authorization", "Bearer sim-alice-token").build(), HttpResponse.BodyHandlers.discarding());
        List<String> violations = JiraContract.CONTRACT.violations(JiraContract.received());
        assertFalse(violations.isEmpty());
        assertTrue(violations.get(0).contains("/rest/api/2/made-up"), violations.toString());
    }
}

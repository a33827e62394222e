package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mcpgate.jirasim.OpenApiContract;
import tools.jackson.databind.JsonNode;

/**
 * The contract test's check, run around every integration test that talks to Jira: each request mcpgate sent
 * to the simulator must be an operation (method + path) of Atlassian's Jira DC 10.3 OpenAPI file.
 */
final class JiraContract implements BeforeEachCallback, AfterEachCallback {

    static final OpenApiContract CONTRACT = OpenApiContract.jiraDataCenter();
    /** How many requests the checks have seen in this run, so a check that saw nothing cannot pass unnoticed. */
    static int checked;

    @Override
    public void beforeEach(ExtensionContext context) {
        JiraSimulatorControl.clearRequests();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        JsonNode requests = JiraSimulatorControl.requests();
        List<String> outside = new ArrayList<>();
        for (JsonNode request : requests) {
            String method = request.path("method").asString();
            String path = request.path("path").asString();
            if (!CONTRACT.allows(method, path)) {
                outside.add(method + " " + path);
            }
            checked++;
        }
        assertEquals(List.of(), outside, "requests outside the Jira DC OpenAPI file");
    }
}

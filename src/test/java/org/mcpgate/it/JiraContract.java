package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mcpgate.jirasim.OpenApiContract;
import org.mcpgate.jirasim.RecordedRequest;

/**
 * The contract check, run around every integration test that talks to Jira: each request mcpgate sent to the
 * simulator must be an operation (method + path) of Atlassian's Jira DC 10.3 OpenAPI file.
 */
final class JiraContract implements BeforeEachCallback, AfterEachCallback {

    static final OpenApiContract CONTRACT = OpenApiContract.jiraDataCenter();

    @Override
    public void beforeEach(ExtensionContext context) {
        JiraSimulatorControl.clearRequests();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertEquals(List.of(), CONTRACT.violations(received()), "requests outside the Jira DC OpenAPI file");
    }

    static List<RecordedRequest> received() {
        List<RecordedRequest> requests = new ArrayList<>();
        JiraSimulatorControl.requests().forEach(json -> requests.add(RecordedRequest.fromJson(json)));
        return requests;
    }
}

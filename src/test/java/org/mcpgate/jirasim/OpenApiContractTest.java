package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The simulator serves nothing the Jira DC 10.3 OpenAPI file lacks, and the checker catches what it lacks. */
class OpenApiContractTest extends SimulatorHarness {
    private static final OpenApiContract CONTRACT = OpenApiContract.jiraDataCenter();

    @Test
    void everyRouteTheSimulatorRegistersIsAnOperationOfTheFile() {
        List<String> outside = new ArrayList<>();
        for (Route route : JiraRoutes.build(new JiraStore(), new Links("http://jira")).routes()) {
            String concrete = route.template().replaceAll("\\{[^}]+}", "X");
            if (!CONTRACT.allows(route.method(), route.template()) || !CONTRACT.allows(route.method(), concrete)) {
                outside.add(route.method() + " " + route.template());
            }
        }
        assertEquals(List.of(), outside);
        assertTrue(jira.operations().size() >= 20, jira.operations().toString());
    }

    @Test
    void madeUpPathsWrongMethodsAndPathsOutsideRestAreReported() {
        assertFalse(CONTRACT.allows("GET", "/rest/api/2/issue/DEMO-1/frobnicate"));
        assertFalse(CONTRACT.allows("PATCH", "/rest/api/2/issue/DEMO-1"));
        assertFalse(CONTRACT.allows("GET", "/api/2/issue/DEMO-1"));
        assertFalse(CONTRACT.allows("GET", "/rest/api/3/search/jql"));
        List<RecordedRequest> requests = List.of(
                new RecordedRequest("GET", "/rest/api/2/issue/DEMO-1", "fields=summary", "alice", 200, null, null),
                new RecordedRequest("POST", "/rest/api/2/issue/DEMO-1/frobnicate", null, "alice", 404, null, null));
        assertEquals(List.of("POST /rest/api/2/issue/DEMO-1/frobnicate is not an operation of the Jira DC 10.3"
                + " OpenAPI description"), CONTRACT.violations(requests));
    }

    @Test
    void templatesMatchSegmentWiseQueriesAreIgnoredAndLatestIsAnAlias() {
        assertTrue(CONTRACT.allows("get", "/rest/api/2/issue/DEMO-1?expand=changelog"));
        assertTrue(CONTRACT.allows("GET", "/rest/api/latest/issue/DEMO-1/comment"));
        assertTrue(CONTRACT.allows("GET", "/rest/agile/1.0/board/7/sprint"));
        assertEquals("/api/2/issue/createmeta/{projectIdOrKey}/issuetypes",
                CONTRACT.operation("GET", "/rest/api/2/issue/createmeta/DEMO/issuetypes").orElseThrow().template());
    }

    @Test
    void aSessionAgainstTheSimulatorStaysInsideTheContract() {
        client.get("/rest/api/2/serverInfo", SimClient.ALICE);
        client.post("/rest/api/2/search", SimClient.ALICE, "{\"jql\":\"project = DEMO\"}");
        client.get("/rest/api/2/issue/DEMO-1?expand=renderedFields", SimClient.ALICE);
        client.post("/rest/api/2/issue/DEMO-1/comment", SimClient.ALICE, "{\"body\":\"x\"}");
        client.get("/rest/api/2/issue/DEMO-1/transitions", SimClient.ALICE);
        client.get("/rest/api/2/bogus", SimClient.ALICE);
        List<RecordedRequest> log = new ArrayList<>();
        for (JsonNode entry : client.get("/_sim/requests", null).json()) {
            log.add(RecordedRequest.fromJson(entry));
        }
        assertEquals(6, log.size());
        assertEquals(List.of("GET /rest/api/2/bogus is not an operation of the Jira DC 10.3 OpenAPI description"),
                CONTRACT.violations(log));
    }

    @Test
    void onlyJirasOAuthProviderAndTheGatewaysAccessibleResourcesAreAdmittedBesideTheFile() {
        assertEquals(List.of("GET /rest/oauth2/latest/authorize", "POST /rest/oauth2/latest/token",
                "GET /oauth/token/accessible-resources"), OpenApiContract.DOCUMENTED_ELSEWHERE);
        assertFalse(CONTRACT.allows("POST", "/rest/oauth2/latest/token"), "the file itself lacks them");
        assertTrue(OpenApiContract.documentedElsewhere("get", "/rest/oauth2/latest/authorize?client_id=x"));
        List<RecordedRequest> admitted = List.of(
                new RecordedRequest("GET", "/rest/oauth2/latest/authorize", "client_id=x&state=y", "alice", 302, null,
                        null),
                new RecordedRequest("POST", "/rest/oauth2/latest/token", null, "anonymous", 200, "grant_type=x", null));
        assertEquals(List.of(), CONTRACT.violations(admitted));
        List<RecordedRequest> outside = List.of(
                new RecordedRequest("POST", "/rest/oauth2/latest/authorize", null, null, 405, null, null),
                new RecordedRequest("GET", "/rest/oauth2/latest/token", null, null, 405, null, null),
                new RecordedRequest("POST", "/rest/oauth2/1.0/token", null, null, 404, null, null),
                new RecordedRequest("POST", "/rest/oauth2/latest/token/", null, null, 404, null, null),
                new RecordedRequest("GET", "/rest/oauth2/latest/client", null, null, 404, null, null),
                new RecordedRequest("GET", "/login", null, null, 200, null, null),
                new RecordedRequest("POST", "/oauth/token/accessible-resources", null, null, 405, null, null),
                new RecordedRequest("GET", "/ex/jira/c1/oauth/token/accessible-resources", null, null, 404, null, null),
                new RecordedRequest("GET", "/ex/jira/c1/rest/oauth2/latest/authorize", null, null, 404, null, null));
        assertEquals(outside.size(), CONTRACT.violations(outside).size(), CONTRACT.violations(outside).toString());
        assertEquals(List.of(), CONTRACT.violations(List.of(new RecordedRequest("GET",
                "/oauth/token/accessible-resources", null, "alice", 200, null, null))));
    }

    @Test
    void aPathThroughTheCloudGatewayIsCheckedAsTheRestPathAfterTheCloudIdPrefix() {
        String cloudId = "1324a887-45db-1bf4-1e99-ef0ff456d421";
        assertTrue(CONTRACT.allows("GET", "/ex/jira/" + cloudId + "/rest/api/2/search?jql=x"));
        assertTrue(CONTRACT.allows("POST", "/ex/jira/" + cloudId + "/rest/api/2/issue"));
        assertTrue(CONTRACT.allows("GET", "/ex/jira/" + cloudId + "/rest/api/latest/issue/DEMO-1"));
        assertEquals("/api/2/issue/{issueIdOrKey}",
                CONTRACT.operation("GET", "/ex/jira/" + cloudId + "/rest/api/2/issue/DEMO-1").orElseThrow().template());
        assertTrue(CONTRACT.responseSchema("GET", "/ex/jira/" + cloudId + "/rest/api/2/serverInfo", 200).isPresent());
        assertFalse(CONTRACT.allows("PATCH", "/ex/jira/" + cloudId + "/rest/api/2/issue/DEMO-1"));
        assertFalse(CONTRACT.allows("GET", "/ex/jira/" + cloudId + "/rest/api/2/bogus"));
        assertFalse(CONTRACT.allows("GET", "/ex/jira//rest/api/2/search"), "the cloud id is not optional");
        assertFalse(CONTRACT.allows("GET", "/ex/jira/" + cloudId + "/x/rest/api/2/search"), "one segment only");
        assertFalse(CONTRACT.allows("GET", "/ex/confluence/" + cloudId + "/rest/api/2/search"));
        assertEquals(List.of("GET /ex/jira/c1/rest/api/2/bogus is not an operation of the Jira DC 10.3 OpenAPI"
                + " description"), CONTRACT.violations(List.of(
                        new RecordedRequest("GET", "/ex/jira/c1/rest/api/2/search", "jql=x", "alice", 200, null, null),
                        new RecordedRequest("GET", "/ex/jira/c1/rest/api/2/bogus", null, "alice", 404, null, null))));
    }
}

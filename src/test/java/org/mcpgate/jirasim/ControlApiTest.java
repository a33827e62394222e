package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ControlApiTest extends SimulatorHarness {

    @Test
    void requestLogHasMethodRawPathQueryUserStatusAndBody() {
        client.get("/rest/api/2/search?jql=project%20%3D%20DEMO", SimClient.ALICE);
        client.post("/rest/api/2/issue/DEMO-1/comment", SimClient.BOB, "{\"body\":\"hi\"}");
        client.get("/rest/api/2/myself", "Bearer wrong");
        JsonNode log = client.get("/_sim/requests", null).json();
        assertEquals(3, log.size(), log.toString());
        assertEquals("GET", log.get(0).path("method").asString());
        assertEquals("/rest/api/2/search", log.get(0).path("path").asString());
        assertEquals("jql=project%20%3D%20DEMO", log.get(0).path("query").asString());
        assertEquals("alice", log.get(0).path("user").asString());
        assertEquals(200, log.get(0).path("status").asInt());
        assertEquals("bob", log.get(1).path("user").asString());
        assertEquals(201, log.get(1).path("status").asInt());
        assertEquals("{\"body\":\"hi\"}", log.get(1).path("body").asString());
        assertTrue(log.get(2).path("user").isNull());
        assertEquals(401, log.get(2).path("status").asInt());
        assertEquals(204, client.delete("/_sim/requests", null).status());
        assertEquals("[]", client.get("/_sim/requests", null).body());
        assertTrue(jira.requests().isEmpty());
    }

    @Test
    void internalIssueRecordShowsTheCreator() {
        JsonNode issue = client.get("/_sim/issues/DEMO-1", null).json();
        assertEquals("bob", issue.path("creator").asString());
        assertEquals("alice", issue.path("assignee").asString());
        assertEquals("To Do", issue.path("status").asString());
        assertTrue(issue.path("description").asString().startsWith("h2. Steps"));
        assertEquals(404, client.get("/_sim/issues/NOPE-1", null).status());
    }

    @Test
    void publishedDocumentThenServedAtItsPathOutsideTheLogUntilReset() {
        assertEquals(201, client.post("/_sim/documents", null, "{\"path\":\"/clients/it.json\",\"body\":"
                + "{\"client_id\":\"x\"}}").status());
        SimClient.Response document = client.get("/clients/it.json", null);
        assertEquals(200, document.status());
        assertEquals("{\"client_id\":\"x\"}", document.body());
        assertTrue(document.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(jira.requests().isEmpty(), "not a Jira request");
        assertEquals(400, client.post("/_sim/documents", null, "{\"path\":\"/rest/api/2/myself\",\"body\":\"x\"}")
                .status());
        client.post("/_sim/reset", null, "{}");
        assertEquals(404, client.get("/clients/it.json", null).status());
    }

    @Test
    void unknownControlOperationThen404AndHelpListsThem() {
        assertEquals(404, client.get("/_sim/nothing", null).status());
        assertTrue(client.get("/_sim", null).json().path("operations").has("POST /_sim/reset"));
    }
}

package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IssueEndpointsTest extends SimulatorHarness {
    private static final String CREATE = "{\"fields\":{\"project\":{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Bug\"},"
            + "\"summary\":\"Printer on fire\",\"description\":\"h2. Steps\\n*Press* print\","
            + "\"assignee\":{\"name\":\"alice\"},\"components\":[{\"name\":\"Backend\"}],\"labels\":[\"ops\"],"
            + "\"priority\":{\"name\":\"High\"},\"customfield_10100\":3}}";

    @Test
    void unknownIssueThen404IssueDoesNotExist() {
        SimClient.Response response = client.get("/rest/api/2/issue/DEMO-999", SimClient.ALICE);
        assertEquals(404, response.status());
        assertEquals("{\"errorMessages\":[\"Issue Does Not Exist\"],\"errors\":{}}", response.body());
    }

    @Test
    void getByKeyOrIdWithAllFields() {
        JsonNode issue = client.get("/rest/api/2/issue/demo-5", SimClient.ALICE).json();
        assertEquals("DEMO-5", issue.path("key").asString());
        assertEquals(issue.path("id").asString(), client.get("/rest/api/2/issue/" + issue.path("id").asString(),
                SimClient.ALICE).json().path("id").asString());
        JsonNode fields = issue.path("fields");
        assertEquals("DEMO-2", fields.path("parent").path("key").asString());
        assertEquals("In Progress", fields.path("status").path("name").asString());
        assertEquals("indeterminate", fields.path("status").path("statusCategory").path("key").asString());
        assertEquals("JIRAUSER10100", fields.path("assignee").path("key").asString());
        assertTrue(fields.path("created").asString()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"));
        assertTrue(fields.has("comment") && fields.path("resolution").isNull());
        JsonNode parent = client.get("/rest/api/2/issue/DEMO-2?fields=subtasks,customfield_10100,customfield_10101",
                SimClient.ALICE).json().path("fields");
        assertEquals("DEMO-5", parent.path("subtasks").get(0).path("key").asString());
        assertEquals(5.0, parent.path("customfield_10100").asDouble());
        assertEquals("DEMO-4", parent.path("customfield_10101").asString());
    }

    @Test
    void expandRenderedFieldsNamesAndChangelog() {
        JsonNode issue = client.get("/rest/api/2/issue/DEMO-3?expand=renderedFields,names,schema,changelog,transitions",
                SimClient.ALICE).json();
        assertTrue(issue.path("renderedFields").path("description").asString().startsWith("<p>"));
        assertEquals("Status", issue.path("names").path("status").asString());
        assertEquals("Done", issue.path("changelog").path("histories").get(0).path("items").get(0)
                .path("toString").asString());
        assertEquals("Reopen", issue.path("transitions").get(0).path("name").asString());
    }

    @Test
    void createThenGetRoundTripRecordsTheCreator() {
        SimClient.Response created = client.post("/rest/api/2/issue", SimClient.BOB, CREATE);
        assertEquals(201, created.status());
        String key = created.json().path("key").asString();
        assertEquals("DEMO-9", key);
        assertEquals(jira.baseUrl() + "/rest/api/2/issue/" + created.json().path("id").asString(),
                created.json().path("self").asString());
        JsonNode fields = client.get("/rest/api/2/issue/" + key, SimClient.ALICE).json().path("fields");
        assertEquals("Printer on fire", fields.path("summary").asString());
        assertEquals("h2. Steps\n*Press* print", fields.path("description").asString());
        assertEquals("bob", fields.path("creator").path("name").asString());
        assertEquals("bob", fields.path("reporter").path("name").asString());
        assertEquals("alice", fields.path("assignee").path("name").asString());
        assertEquals("Backend", fields.path("components").get(0).path("name").asString());
        assertEquals("High", fields.path("priority").path("name").asString());
        assertEquals("To Do", fields.path("status").path("name").asString());
        JsonNode stored = client.get("/_sim/issues/" + key, null).json();
        assertEquals("bob", stored.path("creator").asString());
        assertEquals(3.0, stored.path("customFields").path("customfield_10100").asDouble());
    }

    @Test
    void createValidationErrorsComeTogether() {
        SimClient.Response response = client.post("/rest/api/2/issue", SimClient.ALICE, "{\"fields\":{\"project\":"
                + "{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Task\"},\"assignee\":{\"name\":\"zed\"},"
                + "\"customfield_999\":1}}");
        assertEquals(400, response.status());
        JsonNode errors = response.json().path("errors");
        assertEquals(0, response.json().path("errorMessages").size());
        assertEquals("You must specify a summary of the issue.", errors.path("summary").asString());
        assertEquals("User 'zed' does not exist.", errors.path("assignee").asString());
        assertEquals("Field 'customfield_999' cannot be set. It is not on the appropriate screen, or unknown.",
                errors.path("customfield_999").asString());
    }

    @Test
    void createWithUnknownProjectOrTypeOrMissingParent() {
        assertEquals("valid project is required", client.post("/rest/api/2/issue", SimClient.ALICE,
                "{\"fields\":{\"project\":{\"key\":\"NOPE\"},\"issuetype\":{\"name\":\"Bug\"},\"summary\":\"x\"}}")
                .json().path("errors").path("project").asString());
        assertEquals("valid issue type is required", client.post("/rest/api/2/issue", SimClient.ALICE,
                "{\"fields\":{\"project\":{\"key\":\"SEC\"},\"issuetype\":{\"name\":\"Epic\"},\"summary\":\"x\"}}")
                .json().path("errors").path("issuetype").asString());
        assertEquals("Issue type is a sub-task but parent issue key or id not specified.", client.post(
                "/rest/api/2/issue", SimClient.ALICE, "{\"fields\":{\"project\":{\"id\":\"10000\"},"
                + "\"issuetype\":{\"id\":\"5\"},\"summary\":\"x\"}}").json().path("errors").path("issuetype")
                .asString());
        SimClient.Response subtask = client.post("/rest/api/2/issue", SimClient.ALICE, "{\"fields\":{\"project\":"
                + "{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Sub-task\"},\"summary\":\"x\",\"parent\":"
                + "{\"key\":\"DEMO-1\"}}}");
        assertEquals(201, subtask.status());
    }

    @Test
    void editSetsFieldsAppliesUpdateOperationsAndRecordsHistory() {
        SimClient.Response response = client.put("/rest/api/2/issue/DEMO-1", SimClient.BOB, "{\"fields\":"
                + "{\"summary\":\"Renamed\",\"assignee\":null},\"update\":{\"labels\":[{\"add\":\"triaged\"},"
                + "{\"remove\":\"login\"}],\"comment\":[{\"add\":{\"body\":\"Edited via *REST*\"}}]}}");
        assertEquals(204, response.status());
        JsonNode issue = client.get("/rest/api/2/issue/DEMO-1?expand=changelog", SimClient.ALICE).json();
        JsonNode fields = issue.path("fields");
        assertEquals("Renamed", fields.path("summary").asString());
        assertTrue(fields.path("assignee").isNull());
        assertEquals("[\"security\",\"triaged\"]", fields.path("labels").toString());
        assertEquals(3, fields.path("comment").path("total").asInt());
        assertEquals("bob", fields.path("comment").path("comments").get(2).path("author").path("name").asString());
        JsonNode items = issue.path("changelog").path("histories").get(0).path("items");
        assertEquals("summary", items.get(0).path("field").asString());
    }

    @Test
    void editErrorsLeaveTheIssueUntouched() {
        SimClient.Response response = client.put("/rest/api/2/issue/DEMO-1", SimClient.ALICE,
                "{\"fields\":{\"summary\":\"Changed\",\"status\":{\"name\":\"Done\"}}}");
        assertEquals(400, response.status());
        assertEquals("Field 'status' cannot be set. It is not on the appropriate screen, or unknown.",
                response.json().path("errors").path("status").asString());
        assertFalse(client.get("/rest/api/2/issue/DEMO-1", SimClient.ALICE).body().contains("Changed"));
        assertEquals(400, client.put("/rest/api/2/issue/DEMO-1", SimClient.ALICE, "{}").status());
        assertEquals(404, client.put("/rest/api/2/issue/NOPE-1", SimClient.ALICE, "{\"fields\":{}}").status());
    }

    @Test
    void commentsListAndAdd() {
        JsonNode page = client.get("/rest/api/2/issue/DEMO-1/comment", SimClient.ALICE).json();
        assertEquals(2, page.path("total").asInt());
        assertEquals(0, page.path("startAt").asInt());
        assertEquals("bob", page.path("comments").get(0).path("author").path("name").asString());
        SimClient.Response added = client.post("/rest/api/2/issue/DEMO-1/comment", SimClient.BOB,
                "{\"body\":\"Fixed in *main*\",\"visibility\":{\"type\":\"role\",\"value\":\"Developers\"}}");
        assertEquals(201, added.status());
        assertEquals("Fixed in *main*", added.json().path("body").asString());
        assertEquals("JIRAUSER10101", added.json().path("author").path("key").asString());
        assertEquals("Developers", added.json().path("visibility").path("value").asString());
        assertTrue(added.json().path("created").asString().endsWith("+0000"));
        JsonNode second = client.get("/rest/api/2/issue/DEMO-1/comment?startAt=1&maxResults=1", SimClient.ALICE)
                .json();
        assertEquals(3, second.path("total").asInt());
        assertEquals(1, second.path("comments").size());
    }

    @Test
    void emptyCommentOrForeignRoleThen400() {
        assertEquals("{\"errorMessages\":[],\"errors\":{\"comment\":\"Comment body can not be empty!\"}}",
                client.post("/rest/api/2/issue/DEMO-1/comment", SimClient.ALICE, "{\"body\":\" \"}").body());
        assertEquals(400, client.post("/rest/api/2/issue/DEMO-1/comment", SimClient.ALICE,
                "{\"body\":\"x\",\"visibility\":{\"type\":\"role\",\"value\":\"Ninjas\"}}").status());
    }

    @Test
    void unknownPathIs404AndWrongMethod405() {
        SimClient.Response missing = client.get("/rest/api/2/nothing-here", SimClient.ALICE);
        assertEquals(404, missing.status());
        assertEquals("null for uri: " + jira.baseUrl() + "/rest/api/2/nothing-here",
                missing.json().path("message").asString());
        SimClient.Response wrongMethod = client.delete("/rest/api/2/search", SimClient.ALICE);
        assertEquals(405, wrongMethod.status());
        assertEquals("GET, POST", wrongMethod.header("Allow").orElseThrow());
    }
}

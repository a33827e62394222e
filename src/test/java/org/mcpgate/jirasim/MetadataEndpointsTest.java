package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MetadataEndpointsTest extends SimulatorHarness {

    private static List<String> values(JsonNode array, String member) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.path(member).asString()));
        return out;
    }

    @Test
    void serverInfoSaysServerAndVersionTen() {
        JsonNode info = client.get("/rest/api/2/serverInfo", SimClient.ALICE).json();
        assertEquals("Server", info.path("deploymentType").asString());
        assertTrue(info.path("version").asString().startsWith("10.3."));
        assertEquals(jira.baseUrl(), info.path("baseUrl").asString());
        assertEquals(10, info.path("versionNumbers").get(0).asInt());
    }

    @Test
    void projectsTypesAndFields() {
        assertEquals(List.of("DEMO", "OPS", "SEC"), values(client.get("/rest/api/2/project", SimClient.ALICE).json(),
                "key"));
        JsonNode demo = client.get("/rest/api/2/project/DEMO", SimClient.ALICE).json();
        assertEquals("Demo Project", demo.path("name").asString());
        assertEquals("alice", demo.path("lead").path("name").asString());
        assertEquals(List.of("Backend", "Frontend", "API"), values(demo.path("components"), "name"));
        assertEquals(404, client.get("/rest/api/2/project/NOPE", SimClient.ALICE).status());
        assertEquals(List.of("Bug", "Task", "Story", "Epic", "Sub-task"),
                values(client.get("/rest/api/2/issuetype", SimClient.ALICE).json(), "name"));
        JsonNode fields = client.get("/rest/api/2/field", SimClient.ALICE).json();
        JsonNode points = null;
        for (JsonNode field : fields) {
            if (field.path("id").asString().equals("customfield_10100")) {
                points = field;
            }
        }
        assertEquals("Story Points", points.path("name").asString());
        assertTrue(points.path("custom").asBoolean());
        assertEquals("number", points.path("schema").path("type").asString());
    }

    @Test
    void createMetaIsPaginatedAsInJiraNine() {
        JsonNode page = client.get("/rest/api/2/issue/createmeta/DEMO/issuetypes?maxResults=2", SimClient.ALICE)
                .json();
        assertEquals(5, page.path("total").asInt());
        assertEquals(2, page.path("values").size());
        assertEquals(false, page.path("isLast").asBoolean());
        JsonNode epic = client.get("/rest/api/2/issue/createmeta/DEMO/issuetypes/10000", SimClient.ALICE).json();
        List<String> ids = values(epic.path("values"), "fieldId");
        assertTrue(ids.containsAll(List.of("project", "issuetype", "summary", "customfield_10102")), ids.toString());
        assertEquals(400, client.get("/rest/api/2/issue/createmeta/NOPE/issuetypes", SimClient.ALICE).status());
    }

    @Test
    void usersByNameAndSearch() {
        JsonNode bob = client.get("/rest/api/2/user?username=bob", SimClient.ALICE).json();
        assertEquals("JIRAUSER10101", bob.path("key").asString());
        assertEquals("Bob Builder", bob.path("displayName").asString());
        assertEquals("{\"errorMessages\":[\"The user named 'zed' does not exist\"],\"errors\":{}}",
                client.get("/rest/api/2/user?username=zed", SimClient.ALICE).body());
        assertEquals(List.of("alice"), values(client.get("/rest/api/2/user/search?username=ali", SimClient.ALICE)
                .json(), "name"));
        assertEquals(List.of("admin", "alice", "bob"), values(client.get("/rest/api/2/user/search?username=.",
                SimClient.ALICE).json(), "name"));
        assertEquals(List.of("carol"), values(client.get("/rest/api/2/user/search?username=carol"
                + "&includeInactive=true&includeActive=false", SimClient.ALICE).json(), "name"));
    }
}

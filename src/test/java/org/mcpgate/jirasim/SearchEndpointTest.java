package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SearchEndpointTest extends SimulatorHarness {

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.path("issues").forEach(issue -> keys.add(issue.path("key").asString()));
        return keys;
    }

    @Test
    void pagesWithExactTotal() {
        JsonNode page = client.get("/rest/api/2/search?jql=project%20%3D%20DEMO%20ORDER%20BY%20key%20ASC"
                + "&startAt=3&maxResults=3", SimClient.ALICE).json();
        assertEquals(3, page.path("startAt").asInt());
        assertEquals(3, page.path("maxResults").asInt());
        assertEquals(8, page.path("total").asInt());
        assertEquals(List.of("DEMO-4", "DEMO-5", "DEMO-6"), keys(page));
        assertEquals("schema,names", page.path("expand").asString());
    }

    @Test
    void maxResultsIsCappedAtAThousandSilently() {
        JsonNode page = client.get("/rest/api/2/search?maxResults=5000", SimClient.ALICE).json();
        assertEquals(1000, page.path("maxResults").asInt());
        assertEquals(14, page.path("total").asInt());
        assertEquals(14, page.path("issues").size());
    }

    @Test
    void maxResultsZeroCountsOnlyAndStartAtBeyondTheEndIsEmpty() {
        JsonNode count = client.get("/rest/api/2/search?jql=project=OPS&maxResults=0", SimClient.ALICE).json();
        assertEquals(4, count.path("total").asInt());
        assertEquals(0, count.path("issues").size());
        JsonNode beyond = client.get("/rest/api/2/search?jql=project=OPS&startAt=10", SimClient.ALICE).json();
        assertEquals(4, beyond.path("total").asInt());
        assertEquals(0, beyond.path("issues").size());
    }

    @Test
    void navigableFieldsByDefaultAndSelectionsWhenAsked() {
        JsonNode byDefault = client.get("/rest/api/2/search?jql=key=DEMO-1", SimClient.ALICE).json()
                .path("issues").get(0).path("fields");
        assertTrue(byDefault.has("summary") && byDefault.has("status") && byDefault.has("creator"));
        assertFalse(byDefault.has("comment"), "comment is not navigable");
        JsonNode chosen = client.get("/rest/api/2/search?jql=key=DEMO-1&fields=summary,labels", SimClient.ALICE)
                .json().path("issues").get(0).path("fields");
        assertEquals(List.of("summary", "labels"), List.copyOf(chosen.propertyNames()));
        JsonNode all = client.get("/rest/api/2/search?jql=key=DEMO-1&fields=*all,-status", SimClient.ALICE).json()
                .path("issues").get(0).path("fields");
        assertTrue(all.has("comment"));
        assertFalse(all.has("status"));
    }

    @Test
    void postTakesArraysAndExpandAddsNames() {
        JsonNode page = client.post("/rest/api/2/search", SimClient.ALICE, "{\"jql\":\"assignee = currentUser()"
                + " ORDER BY key DESC\",\"fields\":[\"summary\",\"assignee\"],\"maxResults\":2,"
                + "\"expand\":[\"names\",\"schema\"]}").json();
        assertEquals(6, page.path("total").asInt());
        assertEquals(List.of("SEC-2", "DEMO-8"), keys(page));
        assertEquals("Assignee", page.path("names").path("assignee").asString());
        assertEquals("user", page.path("schema").path("assignee").path("type").asString());
    }

    @Test
    void badJqlThen400WithJirasBody() {
        SimClient.Response response = client.get("/rest/api/2/search?jql=project%20%3D%20NOPE", SimClient.ALICE);
        assertEquals(400, response.status());
        assertEquals("{\"errorMessages\":[\"The value 'NOPE' does not exist for the field 'project'.\"],"
                + "\"errors\":{}}", response.body());
    }

    @Test
    void validateQueryFalseTurnsUnknownValuesIntoWarnings() {
        JsonNode page = client.post("/rest/api/2/search", SimClient.ALICE,
                "{\"jql\":\"project in (NOPE, SEC)\",\"validateQuery\":false}").json();
        assertEquals(2, page.path("total").asInt());
        assertEquals("The value 'NOPE' does not exist for the field 'project'.",
                page.path("warningMessages").get(0).asString());
    }

    @Test
    void renderedFieldsInSearchResults() {
        JsonNode issue = client.get("/rest/api/2/search?jql=key=DEMO-1&fields=description&expand=renderedFields",
                SimClient.ALICE).json().path("issues").get(0);
        assertTrue(issue.path("renderedFields").path("description").asString().startsWith("<h2>"));
    }

    @Test
    void latestIsAnAliasOfVersionTwo() {
        assertEquals(200, client.get("/rest/api/latest/search?jql=project=SEC", SimClient.ALICE).status());
    }
}

package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TransitionEndpointsTest extends SimulatorHarness {

    private static List<String> names(String key) {
        JsonNode json = client.get("/rest/api/2/issue/" + key + "/transitions", SimClient.ALICE).json();
        assertEquals("transitions", json.path("expand").asString());
        List<String> names = new ArrayList<>();
        json.path("transitions").forEach(t -> names.add(t.path("id").asString() + " " + t.path("name").asString()
                + " -> " + t.path("to").path("name").asString()));
        return names;
    }

    private static SimClient.Response transition(String key, String body) {
        return client.post("/rest/api/2/issue/" + key + "/transitions", SimClient.ALICE, body);
    }

    @Test
    void availableTransitionsDependOnTheStatus() {
        assertEquals(List.of("11 Start Progress -> In Progress", "31 Done -> Done"), names("DEMO-1"));
        assertEquals(List.of("21 To Do -> To Do", "31 Done -> Done"), names("DEMO-2"));
        assertEquals(List.of("41 Reopen -> To Do"), names("DEMO-3"));
    }

    @Test
    void screenFieldsOnlyWhenExpanded() {
        JsonNode done = client.get("/rest/api/2/issue/DEMO-1/transitions?transitionId=31"
                + "&expand=transitions.fields", SimClient.ALICE).json().path("transitions");
        assertEquals(1, done.size());
        assertTrue(done.get(0).path("hasScreen").asBoolean());
        assertTrue(done.get(0).path("fields").path("resolution").path("required").asBoolean());
    }

    @Test
    void startThenFinishWithResolutionAndComment() {
        assertEquals(204, transition("DEMO-1", "{\"transition\":{\"id\":\"11\"}}").status());
        assertEquals(204, transition("DEMO-1", "{\"transition\":{\"id\":\"31\"},\"fields\":{\"resolution\":"
                + "{\"name\":\"Fixed\"}},\"update\":{\"comment\":[{\"add\":{\"body\":\"Shipped\"}}]}}").status());
        JsonNode fields = client.get("/rest/api/2/issue/DEMO-1", SimClient.ALICE).json().path("fields");
        assertEquals("Done", fields.path("status").path("name").asString());
        assertEquals("Fixed", fields.path("resolution").path("name").asString());
        assertTrue(fields.path("resolutiondate").isString());
        assertEquals("Shipped", fields.path("comment").path("comments").get(2).path("body").asString());
        assertEquals(1, client.get("/rest/api/2/search?jql=key%3DDEMO-1%20AND%20statusCategory%3DDone",
                SimClient.ALICE).json().path("total").asInt());
    }

    @Test
    void reopenClearsTheResolution() {
        assertEquals(204, transition("DEMO-3", "{\"transition\":{\"id\":\"41\"}}").status());
        JsonNode fields = client.get("/rest/api/2/issue/DEMO-3", SimClient.ALICE).json().path("fields");
        assertEquals("To Do", fields.path("status").path("name").asString());
        assertTrue(fields.path("resolution").isNull());
    }

    @Test
    void transitionNotAvailableFromTheCurrentStatusThen400() {
        SimClient.Response response = transition("DEMO-3", "{\"transition\":{\"id\":\"31\"}}");
        assertEquals(400, response.status());
        assertEquals("{\"errorMessages\":[\"It seems that you have tried to perform a workflow operation (Done) that"
                + " is not valid for the current state of this issue (DEMO-3). The likely cause is that somebody has"
                + " changed the issue recently, please look at the issue history for details.\"],\"errors\":{}}",
                response.body());
    }

    @Test
    void unknownTransitionOrFieldsWithoutScreenThen400() {
        assertEquals("Transition id '999' is not valid for this issue.",
                transition("DEMO-1", "{\"transition\":{\"id\":\"999\"}}").json().path("errorMessages").get(0)
                        .asString());
        assertEquals("Field 'resolution' cannot be set. It is not on the appropriate screen, or unknown.",
                transition("DEMO-1", "{\"transition\":{\"id\":\"11\"},\"fields\":{\"resolution\":{\"name\":"
                        + "\"Fixed\"}}}").json().path("errors").path("resolution").asString());
        assertEquals(404, transition("DEMO-404", "{\"transition\":{\"id\":\"11\"}}").status());
    }
}

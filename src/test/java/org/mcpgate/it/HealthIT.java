package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** MicroProfile Health: live when running; ready when both the database and Jira answer. */
class HealthIT {

    private static final Client HTTP = ClientBuilder.newClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @AfterAll
    static void close() {
        HTTP.close();
    }

    private static JsonNode get(String path, int expectedStatus) {
        Response response = HTTP.target(Servers.MCPGATE).path(path).request().get();
        String body = response.readEntity(String.class);
        assertEquals(expectedStatus, response.getStatus(), body);
        return JSON.readTree(body);
    }

    @Test
    void liveThenUp() {
        assertEquals("UP", get("health/live", 200).path("status").asString());
    }

    @Test
    void readyThenDatabaseAndJiraUp() {
        JsonNode ready = get("health/ready", 200);
        assertEquals("UP", ready.path("status").asString(), ready.toString());
        JsonNode data = ready.path("checks").get(0).path("data");
        assertEquals("UP", data.path("database").asString(), ready.toString());
        assertEquals("UP", data.path("jira").asString(), ready.toString());
    }
}

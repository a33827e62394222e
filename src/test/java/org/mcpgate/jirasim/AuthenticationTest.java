package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PATs and Basic as Jira DC checks them, and Seraph's 401. */
class AuthenticationTest extends SimulatorHarness {
    private static final String UNAUTHORIZED = "{\"message\":\"Client must be authenticated to access this"
            + " resource.\",\"status-code\":401}";

    @Test
    void patAuthenticatesAndEveryAnswerNamesTheUser() {
        SimClient.Response response = client.get("/rest/api/2/myself", SimClient.ALICE);
        assertEquals(200, response.status());
        assertEquals(Optional.of("alice"), response.header("X-AUSERNAME"));
        assertEquals("JIRAUSER10100", response.json().path("key").asString());
        assertEquals("Alice Example", response.json().path("displayName").asString());
    }

    @Test
    void basicAuthenticatesWithUsernameAndPassword() {
        SimClient.Response response = client.get("/rest/api/2/myself", SimClient.basic("bob", "bob"));
        assertEquals(200, response.status());
        assertEquals(Optional.of("bob"), response.header("X-AUSERNAME"));
    }

    @Test
    void unknownTokenThen401WithSeraphHeader() {
        SimClient.Response response = client.get("/rest/api/2/myself", "Bearer not-a-token");
        assertEquals(401, response.status());
        assertEquals(UNAUTHORIZED, response.body());
        assertEquals(Optional.of("AUTHENTICATED_FAILED"), response.header("X-Seraph-LoginReason"));
    }

    @Test
    void wrongPasswordOrInactiveUserThen401() {
        for (String authorization : new String[] {SimClient.basic("alice", "nope"), SimClient.basic("carol", "carol"),
                SimClient.basic("zed", "zed"), "Basic %%%"}) {
            SimClient.Response response = client.get("/rest/api/2/search", authorization);
            assertEquals(401, response.status(), authorization);
            assertEquals(Optional.of("AUTHENTICATED_FAILED"), response.header("X-Seraph-LoginReason"));
        }
    }

    @Test
    void noCredentialsThen401WithoutLoginReason() {
        SimClient.Response response = client.get("/rest/api/2/serverInfo", null);
        assertEquals(401, response.status());
        assertEquals(UNAUTHORIZED, response.body());
        assertEquals(Optional.empty(), response.header("X-Seraph-LoginReason"));
    }

    @Test
    void tokensAddedAndRevokedThroughTheControlApi() {
        assertEquals(200, client.post("/_sim/tokens", null, "{\"token\":\"fresh\",\"user\":\"bob\"}").status());
        assertEquals(Optional.of("bob"), client.get("/rest/api/2/myself", "Bearer fresh").header("X-AUSERNAME"));
        client.post("/_sim/tokens", null, "{\"token\":\"sim-alice-token\",\"user\":null}");
        assertEquals(401, client.get("/rest/api/2/myself", SimClient.ALICE).status());
        client.post("/_sim/reset", null, "{}");
        assertEquals(200, client.get("/rest/api/2/myself", SimClient.ALICE).status());
        assertEquals(401, client.get("/rest/api/2/myself", "Bearer fresh").status());
    }

    @Test
    void anonymousSwitchLetsBadTokensReadServerInfoAndSearchOnly() {
        client.post("/_sim/anonymous", null, "{\"enabled\":true}");
        SimClient.Response info = client.get("/rest/api/2/serverInfo", "Bearer expired");
        assertEquals(200, info.status());
        assertEquals(Optional.of("anonymous"), info.header("X-AUSERNAME"));
        SimClient.Response search = client.post("/rest/api/2/search", null, "{\"jql\":\"project = DEMO\"}");
        assertEquals(200, search.status());
        assertEquals(Optional.of("anonymous"), search.header("X-AUSERNAME"));
        assertEquals(401, client.get("/rest/api/2/myself", "Bearer expired").status());
        assertEquals(401, client.get("/rest/api/2/serverInfo", SimClient.basic("alice", "wrong")).status());
        assertTrue(client.get("/_sim/requests", null).body().contains("\"user\":\"anonymous\""));
    }
}

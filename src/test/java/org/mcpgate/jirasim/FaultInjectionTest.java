package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FaultInjectionTest extends SimulatorHarness {

    private static void fault(String json) {
        assertEquals(201, client.post("/_sim/faults", null, json).status());
    }

    @Test
    void rateLimitOnceWithRetryAfterThenNormalAgain() {
        fault("{\"path\":\"/rest/api/2/search\",\"status\":429,\"retryAfter\":5,\"times\":1}");
        SimClient.Response limited = client.get("/rest/api/2/search", SimClient.ALICE);
        assertEquals(429, limited.status());
        assertEquals(Optional.of("5"), limited.header("Retry-After"));
        assertEquals(Optional.of("0"), limited.header("X-RateLimit-Remaining"));
        assertTrue(limited.header("X-RateLimit-Limit").isPresent());
        assertTrue(limited.header("X-RateLimit-Interval-Seconds").isPresent());
        assertTrue(limited.header("X-RateLimit-FillRate").isPresent());
        assertEquals(200, client.get("/rest/api/2/search", SimClient.ALICE).status());
        assertEquals("[]", client.get("/_sim/faults", null).body());
    }

    @Test
    void connectionResetClosesTheSocketWithoutAnAnswer() {
        fault("{\"path\":\"/rest/api/2/myself\",\"reset\":true}");
        assertThrows(IOException.class, () -> client.sendOrThrow("GET", "/rest/api/2/myself", SimClient.ALICE, null));
        JsonNode log = client.get("/_sim/requests", null).json();
        assertEquals(0, log.get(log.size() - 1).path("status").asInt());
        client.delete("/_sim/faults", null);
        assertEquals(200, client.get("/rest/api/2/myself", SimClient.ALICE).status());
    }

    @Test
    void badGatewayIsTheProxysHtmlPage() {
        fault("{\"path\":\"/rest/api/2/*\",\"method\":\"GET\",\"status\":502}");
        SimClient.Response response = client.get("/rest/api/2/issue/DEMO-1", SimClient.ALICE);
        assertEquals(502, response.status());
        assertTrue(response.header("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("<title>502 Bad Gateway</title>"), response.body());
        assertEquals(400, client.post("/rest/api/2/search", SimClient.ALICE, "{\"jql\":\"foo = 1\"}").status(),
                "the fault applies to GET only");
    }

    @Test
    void unavailableWithRetryAfterAndCustomBody() {
        fault("{\"status\":503,\"retryAfter\":30,\"body\":\"{\\\"maintenance\\\":true}\"}");
        SimClient.Response response = client.get("/rest/api/2/serverInfo", SimClient.ALICE);
        assertEquals(503, response.status());
        assertEquals(Optional.of("30"), response.header("Retry-After"));
        assertEquals("{\"maintenance\":true}", response.body());
    }

    @Test
    void latencyDelaysTheRealAnswer() {
        fault("{\"path\":\"/rest/api/2/serverInfo\",\"latencyMs\":300,\"times\":1}");
        long start = System.nanoTime();
        SimClient.Response response = client.get("/rest/api/2/serverInfo", SimClient.ALICE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, response.status());
        assertTrue(millis >= 290, "took " + millis + " ms");
    }

    @Test
    void resetClearsFaultsAndTheRequestLog() {
        fault("{\"status\":500}");
        assertEquals(500, client.get("/rest/api/2/myself", SimClient.ALICE).status());
        client.post("/_sim/reset", null, "{}");
        assertEquals("[]", client.get("/_sim/faults", null).body());
        assertEquals("[]", client.get("/_sim/requests", null).body());
        assertEquals(200, client.get("/rest/api/2/myself", SimClient.ALICE).status());
    }

    @Test
    void badFaultThen400() {
        assertEquals(400, client.post("/_sim/faults", null, "{\"status\":42}").status());
        assertEquals(400, client.post("/_sim/faults", null, "not json").status());
    }
}

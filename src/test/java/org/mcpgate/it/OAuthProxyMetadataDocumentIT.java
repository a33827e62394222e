package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;

import io.modelcontextprotocol.client.McpSyncClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clients known by a Client ID Metadata Document (MCP authorization 2025-11-25): the client id is the https URL of
 * a JSON document describing it, here served by the simulator's HTTPS listener (an internal host the deployment
 * allows). Such a client's consent is never remembered, since anyone can publish a document naming any client.
 */
@ExtendWith(JiraContract.class)
class OAuthProxyMetadataDocumentIT {

    static final String REDIRECT = "http://127.0.0.1:47002/callback";

    private final ProxyBrowser browser = new ProxyBrowser();

    @BeforeEach
    void freshJira() {
        OAuthProxyFlowIT.upstreamClients();
    }

    /** Publishes a client's document at {@code path}, naming {@code clientId} as its id. */
    private static void publish(String path, String clientId) throws Exception {
        JiraSimulatorControl.publish(path, ProxyClient.JSON.writeValueAsString(Map.of("client_id", clientId,
                "client_name", "Metadata IT", "redirect_uris", List.of(REDIRECT), "token_endpoint_auth_method",
                "none")));
    }

    @Test
    void metadataDocumentClientThenConsentAskedEveryTimeAndTheSignInCompletes() throws Exception {
        String clientId = Servers.JIRA_HTTPS + "/clients/it.json";
        publish("/clients/it.json", clientId);
        ProxyClient client = new ProxyClient(clientId, REDIRECT);

        ProxyClient.Authorization first = client.start(null);
        HttpResponse<String> page = browser.get(first.url());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<code id=\"client-id\">" + clientId + "</code>"), page.body());
        HttpResponse<String> toJira = browser.decide(Servers.PROXY, ProxyBrowser.ConsentForm.of(page), "approve");
        ProxyClient.Tokens tokens = client.finish(ProxyBrowser.clientRedirect(browser.signInAtJira(toJira, "bob")),
                first, Servers.PROXY);
        JiraSimulatorControl.clearRequests();
        try (McpSyncClient mcp = ProxyClient.mcp(McpClients.STREAMABLE_HTTP, Servers.PROXY, tokens.access())) {
            assertFalse(call(mcp, "jira_get_issue", Map.of("issue_key", "DEMO-1")).isError());
        }
        assertEquals(List.of("bob"), OAuthProxyFlowIT.jiraUsers());

        HttpResponse<String> again = browser.get(client.start(null).url());
        assertEquals(200, again.statusCode(), "asked again, never remembered: " + again.headers().map());
        assertTrue(again.body().contains("name=\"ticket\""), again.body());
    }

    @Test
    void documentNamingAnotherClientIdThanItsOwnUrlThenRefusedOnAPageWithoutRedirect() throws Exception {
        String impostor = Servers.JIRA_HTTPS + "/clients/impostor.json";
        publish("/clients/impostor.json", Servers.JIRA_HTTPS + "/clients/it.json");
        HttpResponse<String> response = browser.get(new ProxyClient(impostor, REDIRECT).start(null).url());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        assertTrue(response.body().contains("not exactly its own URL"), response.body());
        assertFalse(response.body().contains("name=\"ticket\""));
    }
}

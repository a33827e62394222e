package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Discovery, as an MCP client meets it: /mcp answers 401 with where to sign in (RFC 9728), and the documents name
 * this server as its own authorization server (RFC 8414), with S256 only. Without the proxy, none of it exists.
 */
class OAuthProxyDiscoveryIT {

    private static final Client HTTP = ClientBuilder.newClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}";

    @AfterAll
    static void close() {
        HTTP.close();
    }

    @Test
    void mcpWithoutTokenThen401NamingTheResourceMetadataAndScope() {
        for (String path : List.of("mcp", "sse")) {
            Response response = path.equals("mcp")
                    ? HTTP.target(Servers.PROXY).path(path).request().header("Accept",
                            "application/json, text/event-stream").post(Entity.json(INITIALIZE))
                    : HTTP.target(Servers.PROXY).path(path).request().header("Accept", "text/event-stream").get();
            String body = response.readEntity(String.class);
            assertEquals(401, response.getStatus(), body);
            assertEquals("Bearer resource_metadata=\"" + Servers.PROXY + "/.well-known/oauth-protected-resource/"
                    + path + "\", scope=\"read write\"", response.getHeaderString("WWW-Authenticate"));
            assertTrue(body.contains("Authorization: Bearer"), body);
        }
    }

    @Test
    void invalidTokenThen401InvalidToken() {
        Response response = HTTP.target(Servers.PROXY).path("mcp").request()
                .header("Accept", "application/json, text/event-stream")
                .header("Authorization", "Bearer not-a-token").post(Entity.json(INITIALIZE));
        assertEquals(401, response.getStatus());
        assertTrue(response.getHeaderString("WWW-Authenticate").contains("error=\"invalid_token\""),
                response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void protectedResourceMetadataThenThisServerIsTheAuthorizationServer() {
        JsonNode metadata = get(Servers.PROXY + "/.well-known/oauth-protected-resource/mcp");
        assertEquals(Servers.PROXY + "/mcp", metadata.path("resource").asString());
        assertEquals(Servers.PROXY, metadata.path("authorization_servers").get(0).asString());
        assertEquals("[\"read\",\"write\"]", metadata.path("scopes_supported").toString());
        assertEquals(Servers.PROXY + "/mcp", get(Servers.PROXY + "/.well-known/oauth-protected-resource")
                .path("resource").asString());
    }

    @Test
    void authorizationServerMetadataThenS256OnlyAndMetadataDocuments() {
        JsonNode metadata = get(Servers.PROXY + "/.well-known/oauth-authorization-server");
        assertEquals(Servers.PROXY, metadata.path("issuer").asString());
        assertEquals(Servers.PROXY + "/oauth/authorize", metadata.path("authorization_endpoint").asString());
        assertEquals(Servers.PROXY + "/oauth/token", metadata.path("token_endpoint").asString());
        assertEquals(Servers.PROXY + "/oauth/register", metadata.path("registration_endpoint").asString());
        assertEquals(Servers.PROXY + "/oauth/revoke", metadata.path("revocation_endpoint").asString());
        assertEquals("[\"S256\"]", metadata.path("code_challenge_methods_supported").toString());
        assertEquals("[\"authorization_code\",\"refresh_token\"]", metadata.path("grant_types_supported").toString());
        assertEquals("[\"none\"]", metadata.path("token_endpoint_auth_methods_supported").toString());
        assertTrue(metadata.path("client_id_metadata_document_supported").asBoolean());
    }

    @Test
    void proxyDisabledThenNoOAuthEndpoints() {
        Response response = HTTP.target(Servers.MCPGATE).path(".well-known/oauth-authorization-server").request()
                .get();
        assertEquals(404, response.getStatus());
    }

    private static JsonNode get(String url) {
        Response response = HTTP.target(url).request().get();
        String body = response.readEntity(String.class);
        assertEquals(200, response.getStatus(), body);
        assertTrue(response.getMediaType().toString().startsWith("application/json"), response.getMediaType()
                .toString());
        return JSON.readTree(body);
    }
}

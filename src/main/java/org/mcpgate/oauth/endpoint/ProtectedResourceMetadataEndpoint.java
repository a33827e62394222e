package org.mcpgate.oauth.endpoint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcpgate.atlassian.Json;
import org.mcpgate.config.ProxySettings;
import org.mcpgate.oauth.domain.Scopes;

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728 §3): tells an MCP client that answered 401 which authorization
 * server to sign in with. One document per MCP endpoint ({@code /mcp}, {@code /sse}) and the root variant.
 */
@RequestScoped
@Path("/oauth-protected-resource")
public class ProtectedResourceMetadataEndpoint {

    @Inject
    ProxySettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String root() {
        return document(settings.resource());
    }

    @GET
    @Path("{endpoint: mcp|sse}")
    @Produces(MediaType.APPLICATION_JSON)
    public String forEndpoint(@PathParam("endpoint") String endpoint) {
        return document(settings.url("/" + endpoint));
    }

    private String document(String resource) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("resource", resource);
        metadata.put("authorization_servers", List.of(settings.issuer()));
        metadata.put("scopes_supported", Scopes.SUPPORTED);
        metadata.put("bearer_methods_supported", List.of("header"));
        metadata.put("resource_name", "mcpgate (Jira Data Center)");
        return Json.write(metadata);
    }
}

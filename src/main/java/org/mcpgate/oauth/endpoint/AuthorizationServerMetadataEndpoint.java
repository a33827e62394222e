package org.mcpgate.oauth.endpoint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcpgate.atlassian.Json;
import org.mcpgate.config.ProxySettings;
import org.mcpgate.oauth.domain.Scopes;

/**
 * OAuth 2.0 Authorization Server Metadata (RFC 8414 §2): where to register, authorize, get and revoke tokens, and
 * what this server accepts: public clients with PKCE S256 only, and Client ID Metadata Documents.
 */
@RequestScoped
@Path("/oauth-authorization-server")
public class AuthorizationServerMetadataEndpoint {

    @Inject
    ProxySettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", settings.issuer());
        metadata.put("authorization_endpoint", settings.url("/oauth/authorize"));
        metadata.put("token_endpoint", settings.url("/oauth/token"));
        metadata.put("registration_endpoint", settings.url("/oauth/register"));
        metadata.put("revocation_endpoint", settings.url("/oauth/revoke"));
        metadata.put("scopes_supported", Scopes.SUPPORTED);
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("response_modes_supported", List.of("query"));
        metadata.put("grant_types_supported", settings.allowedGrantTypes().stream().sorted().toList());
        metadata.put("token_endpoint_auth_methods_supported", List.of("none"));
        metadata.put("revocation_endpoint_auth_methods_supported", List.of("none"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("client_id_metadata_document_supported", true);
        metadata.put("authorization_response_iss_parameter_supported", true);
        return Json.write(metadata);
    }
}

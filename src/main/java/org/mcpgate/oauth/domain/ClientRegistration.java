package org.mcpgate.oauth.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Dynamic client registration (RFC 7591 §3.1): turns a registration request body into a new public client with an
 * id mcpgate chose, and describes it in the §3.2.1 response. Only the metadata mcpgate uses is kept; the
 * validation rules are {@link ClientMetadata}'s, shared with Client ID Metadata Documents.
 */
public final class ClientRegistration {

    /** The prefix of every client id mcpgate issues; metadata-document clients are https URLs instead. */
    public static final String CLIENT_ID_PREFIX = "mcpgate-";

    private final RedirectUriPolicy policy;
    private final Set<String> allowedGrantTypes;
    private final Clock clock;

    /**
     * @param allowedGrantTypes {@code authorization_code}, optionally with {@code refresh_token}
     * @throws IllegalArgumentException for any other set of grant types
     */
    public ClientRegistration(RedirectUriPolicy policy, Set<String> allowedGrantTypes, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.allowedGrantTypes = ClientMetadata.requireKnownGrantTypes(allowedGrantTypes);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Validates a registration request and creates the client it describes (not stored yet).
     *
     * @param body the request's JSON body, as received
     * @throws OAuthError {@code invalid_redirect_uri} or {@code invalid_client_metadata} (RFC 7591 §3.2.2)
     */
    public RegisteredClient register(String body) {
        ClientMetadata metadata = ClientMetadata.read(ClientMetadata.parseObject(body, "The registration request"),
                policy, allowedGrantTypes);
        return new RegisteredClient(CLIENT_ID_PREFIX + Secrets.random(18), metadata.clientName(),
                metadata.redirectUris(), Set.copyOf(metadata.grantTypes()), ClientKind.REGISTERED, clock.instant());
    }

    /** The body of the successful registration response (RFC 7591 §3.2.1): no secret, since there is none. */
    public static Map<String, Object> response(RegisteredClient client) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", client.clientId());
        body.put("client_id_issued_at", client.createdAt().getEpochSecond());
        body.put("client_name", client.clientName());
        body.put("redirect_uris", client.redirectUris());
        body.put("grant_types", ClientMetadata.GRANT_TYPES.stream().filter(client::allowsGrant).toList());
        body.put("response_types", List.of("code"));
        body.put("token_endpoint_auth_method", "none");
        return body;
    }
}

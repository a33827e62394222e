package org.mcpgate.atlassian.auth;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mcpgate.atlassian.Credential;
import org.mcpgate.atlassian.RestClient;
import org.mcpgate.atlassian.UpstreamClients;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.atlassian.grant.GrantTokens;
import org.mcpgate.atlassian.grant.OAuthTokenEndpoints;
import org.mcpgate.atlassian.grant.TokenResponse;
import org.mcpgate.atlassian.grant.UpstreamGrant;
import org.mcpgate.atlassian.grant.UpstreamGrants;
import org.mcpgate.atlassian.grant.UpstreamProvider;
import org.mcpgate.config.JiraSettings;
import org.mcpgate.config.OAuthClientSettings;
import tools.jackson.databind.JsonNode;

/**
 * The server-wide OAuth 2.0 connection to Jira Data Center's own provider or to Atlassian Cloud (3LO, the site
 * named by ATLASSIAN_OAUTH_CLOUD_ID), made once by an administrator in the browser (authorization code with PKCE
 * S256) and kept, sealed, in the database.
 */
@ApplicationScoped
public class OAuthConnection {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NOT_CONNECTED = "mcpgate is not connected to Jira yet: an administrator must"
            + " connect it on the admin page (/admin).";

    /** One authorization in progress: kept by the admin's browser session until Atlassian redirects back. */
    public record Authorization(String state, String verifier, URI url) {

        @Override
        public String toString() {
            return "Authorization[" + url + "]";
        }
    }

    @Inject
    JiraSettings settings;

    @Inject
    UpstreamGrants grants;

    @Inject
    GrantTokens tokens;

    @Inject
    OAuthTokenEndpoints endpoints;

    private OAuthClientSettings client;
    private Client http;

    @PostConstruct
    void init() {
        client = settings.oauthClient().orElseThrow();
        http = UpstreamClients.create("Jira", settings);
    }

    @PreDestroy
    void close() {
        http.close();
    }

    public UpstreamProvider provider() {
        return client.cloud() ? UpstreamProvider.ATLASSIAN_CLOUD : UpstreamProvider.JIRA_DC;
    }

    /** Starts an authorization: where to send the administrator's browser, and what to remember meanwhile. */
    public Authorization begin() {
        String state = random(32);
        String verifier = random(48);
        Map<String, String> query = new LinkedHashMap<>();
        if (client.cloud()) {
            query.put("audience", "api.atlassian.com");
            query.put("prompt", "consent");
        }
        query.put("client_id", client.clientId());
        query.put("redirect_uri", client.redirectUri().toString());
        query.put("response_type", "code");
        query.put("scope", client.scope());
        query.put("state", state);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        String base = client.cloud() ? client.authorizeUrl().toString()
                : settings.baseUrl() + "/rest/oauth2/latest/authorize";
        return new Authorization(state, verifier, URI.create(base + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))));
    }

    /** Finishes it: exchanges the code, learns who granted it, and stores the grant as the server-wide one. */
    public UpstreamGrant complete(String code, Authorization pending) {
        return complete(UpstreamGrant.SERVER_WIDE_ID, code, pending.verifier());
    }

    /**
     * Finishes an authorization for grant {@code grantId}: exchanges the code with mcpgate's PKCE verifier, learns
     * who granted it ({@code /myself}), and stores the grant sealed.
     */
    public UpstreamGrant complete(String grantId, String code, String verifier) {
        String site = client.cloud() ? client.cloudId().orElseThrow() : settings.baseUrl();
        TokenResponse granted = endpoints.endpoint(provider(), site).exchange(code, verifier,
                client.redirectUri().toString());
        Credential token = accessToken(granted.accessToken());
        if (client.cloud()) {
            requireReachable(site, token);
        }
        JsonNode me = new RestClient("Jira", apiBase(site), token, http, settings.timeout().toSeconds(),
                settings.customHeaders()).get("rest/api/2/myself", Map.of());
        String subject = me.hasNonNull("name") ? me.get("name").asString() : me.path("accountId").asString("unknown");
        return grants.save(UpstreamGrant.connected(grantId, provider(), site, subject,
                client.scope(), granted, Instant.now()));
    }

    public Optional<UpstreamGrant> current() {
        return grants.findServerWide();
    }

    public boolean disconnect() {
        return grants.delete(UpstreamGrant.SERVER_WIDE_ID);
    }

    /** Where and with what token to call Jira now, refreshing the token first when it is about to expire. */
    JiraTarget target() {
        return target(UpstreamGrant.SERVER_WIDE_ID, NOT_CONNECTED);
    }

    /** The same for any stored grant; {@code missing} says what to do when it is gone. */
    JiraTarget target(String grantId, String missing) {
        UpstreamGrant grant = grants.find(grantId).orElseThrow(() -> new AuthenticationRequired(missing));
        return new JiraTarget(apiBase(grant.site()), accessToken(tokens.accessToken(grantId)));
    }

    /** Forgets a grant (a person's, when their mcpgate tokens are revoked). */
    public boolean forget(String grantId) {
        return grants.delete(grantId);
    }

    private String apiBase(String site) {
        return client.cloud() ? client.apiGateway() + "/ex/jira/" + site : settings.baseUrl();
    }

    private static Credential accessToken(String token) {
        return new Credential.AccessToken(token, "mcpgate's OAuth connection", "an administrator must connect"
                + " again on the admin page (/admin)");
    }

    /** Atlassian Cloud: the configured site must be one the grant reaches, or every call would fail later. */
    private void requireReachable(String cloudId, Credential token) {
        JsonNode sites = new RestClient("Atlassian Cloud", client.apiGateway().toString(), token, http,
                settings.timeout().toSeconds(), Map.of()).get("oauth/token/accessible-resources", Map.of());
        List<String> reached = new ArrayList<>();
        sites.forEach(site -> reached.add(site.path("id").asString()));
        if (!reached.contains(cloudId)) {
            throw new UpstreamException(403, "The OAuth grant does not reach the Atlassian Cloud site "
                    + cloudId + " (ATLASSIAN_OAUTH_CLOUD_ID): " + (reached.isEmpty()
                            ? "the consenting user has access to no site with this app"
                            : "it reaches " + String.join(", ", reached)) + ". Fix the cloud id, or connect as"
                    + " a user of that site.");
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))). */
    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.mcpgate.jirasim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of Jira DC's OAuth 2.0 provider (8.22+, incoming application links): registered clients, authorization
 * codes, access and refresh tokens, pending consents, and counters for the tests. Thread-safe.
 *
 * <p>Codes are single-use: a second exchange of a code is {@code invalid_grant} and revokes every token descended
 * from it. A refresh rotates both tokens: the access and refresh token of the pair it replaces stop working at once.
 * Failed exchanges do not use up a code.
 */
final class OAuthProvider {
    /** What a live access token stands for. */
    record Grant(String user, OAuthScope scope, String clientId) {
    }

    /** A validated authorize request, waiting for the user's consent or turned into a code. */
    record Authorization(String clientId, String redirectUri, OAuthScope scope, String state, String codeChallenge,
            String challengeMethod) {
    }

    /** An authorize request shown to {@code user} on the consent page. */
    record Consent(Authorization authorization, String user) {
    }

    /** The tokens of one successful token request. */
    record Issued(String accessToken, String refreshToken, int expiresIn, long createdAtSeconds) {
        ObjectNode toJson() {
            ObjectNode json = Json.object();
            json.put("access_token", accessToken);
            json.put("token_type", "bearer");
            json.put("expires_in", expiresIn);
            json.put("refresh_token", refreshToken);
            json.put("created_at", createdAtSeconds);
            return json;
        }
    }

    private static final class Code {
        final Authorization authorization;
        final String user;
        final long expiresAt;
        final long family;
        boolean used;

        Code(Authorization authorization, String user, long expiresAt, long family) {
            this.authorization = authorization;
            this.user = user;
            this.expiresAt = expiresAt;
            this.family = family;
        }
    }

    /** An access or refresh token; a family is every token descended from one code. */
    private record Token(String value, boolean refresh, String clientId, String user, OAuthScope scope,
            long expiresAt, long family) {
    }

    private final OAuthSettings settings = new OAuthSettings();
    private final SecureRandom random = new SecureRandom();
    private final LongSupplier clock;
    private final Map<String, OAuthClient> clients = new LinkedHashMap<>();
    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, Token> accessTokens = new LinkedHashMap<>();
    private final Map<String, Token> refreshTokens = new LinkedHashMap<>();
    private final Map<String, Consent> consents = new HashMap<>();
    private long nextFamily;
    private int codesIssued;
    private int tokenExchanges;
    private int refreshes;
    private int refreshFailures;

    OAuthProvider() {
        this(System::currentTimeMillis);
    }

    OAuthProvider(LongSupplier clock) {
        this.clock = clock;
        reset();
    }

    OAuthSettings settings() {
        return settings;
    }

    /** No clients, codes, tokens or consents; counters zeroed; default settings. */
    synchronized void reset() {
        clients.clear();
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
        consents.clear();
        nextFamily = 1;
        codesIssued = 0;
        tokenExchanges = 0;
        refreshes = 0;
        refreshFailures = 0;
        settings.reset();
    }

    // ---- clients

    synchronized OAuthClient register(JsonNode body) {
        OAuthClient client = OAuthClient.fromJson(body, random);
        forget(client.clientId());
        clients.put(client.clientId(), client);
        return client;
    }

    synchronized List<OAuthClient> clients() {
        return List.copyOf(clients.values());
    }

    synchronized Optional<OAuthClient> client(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
    }

    /** Deletes a client as deleting its application link does: its codes and tokens stop working. */
    synchronized boolean remove(String clientId) {
        boolean known = clients.remove(clientId) != null;
        forget(clientId);
        return known;
    }

    private void forget(String clientId) {
        codes.values().removeIf(c -> c.authorization.clientId().equals(clientId));
        accessTokens.values().removeIf(t -> t.clientId().equals(clientId));
        refreshTokens.values().removeIf(t -> t.clientId().equals(clientId));
        consents.values().removeIf(c -> c.authorization().clientId().equals(clientId));
    }

    // ---- authorize

    synchronized String issueCode(Authorization authorization, String user) {
        String code = secret();
        codes.put(code, new Code(authorization, user, clock.getAsLong() + settings.codeSeconds() * 1000L,
                nextFamily++));
        codesIssued++;
        return code;
    }

    synchronized String openConsent(Authorization authorization, String user) {
        String ticket = secret();
        consents.put(ticket, new Consent(authorization, user));
        return ticket;
    }

    synchronized Optional<Consent> consent(String ticket) {
        return ticket == null ? Optional.empty() : Optional.ofNullable(consents.get(ticket));
    }

    /** The user answered: the ticket cannot be answered again. */
    synchronized void closeConsent(String ticket) {
        consents.remove(ticket);
    }

    // ---- token endpoint

    /** {@code grant_type=authorization_code}: the client is already authenticated. */
    synchronized Issued exchange(OAuthClient client, String codeValue, String redirectUri, String verifier) {
        if (codeValue == null || codeValue.isEmpty()) {
            throw OAuthError.invalidRequest("code is required");
        }
        Code code = codes.get(codeValue);
        if (code == null || !code.authorization.clientId().equals(client.clientId())) {
            throw OAuthError.invalidGrant("The authorization code is not valid");
        }
        if (code.used) {
            revokeFamily(code.family);
            throw OAuthError.invalidGrant("The authorization code has already been used; the tokens issued for it"
                    + " are revoked");
        }
        if (clock.getAsLong() >= code.expiresAt) {
            throw OAuthError.invalidGrant("The authorization code has expired");
        }
        if (redirectUri == null || !redirectUri.equals(code.authorization.redirectUri())) {
            throw OAuthError.invalidGrant("redirect_uri does not match the one of the authorization request");
        }
        checkVerifier(code.authorization, verifier);
        code.used = true;
        tokenExchanges++;
        return issue(client.clientId(), code.user, code.authorization.scope(), code.family);
    }

    /** {@code grant_type=refresh_token}: the client is already authenticated. */
    synchronized Issued refresh(OAuthClient client, String refreshValue, String redirectUri, String scope) {
        if (refreshValue == null || refreshValue.isEmpty()) {
            throw OAuthError.invalidRequest("refresh_token is required");
        }
        Token old = refreshTokens.get(refreshValue);
        if (old == null || !old.clientId().equals(client.clientId())) {
            throw OAuthError.invalidGrant("The refresh token is not valid");
        }
        if (clock.getAsLong() >= old.expiresAt()) {
            refreshTokens.remove(refreshValue);
            throw OAuthError.invalidGrant("The refresh token has expired");
        }
        if (redirectUri == null ? settings.refreshNeedsRedirectUri() : !redirectUri.equals(client.redirectUri())) {
            throw OAuthError.invalidGrant("redirect_uri " + (redirectUri == null ? "is required"
                    : "does not match the client's"));
        }
        OAuthScope granted = old.scope();
        if (scope != null && !scope.isBlank()) {
            Optional<OAuthScope> asked = OAuthScope.requested(scope);
            if (asked.isEmpty() || !granted.includes(asked.get())) {
                throw OAuthError.invalidScope("The scope may not exceed " + granted.name());
            }
            granted = asked.get();
        }
        revokeFamily(old.family());
        refreshes++;
        return issue(client.clientId(), old.user(), granted, old.family());
    }

    synchronized void refreshFailed() {
        refreshFailures++;
    }

    /** The user and scope of a live access token. */
    synchronized Optional<Grant> access(String token) {
        Token found = accessTokens.get(token);
        if (found == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() >= found.expiresAt()) {
            accessTokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(new Grant(found.user(), found.scope(), found.clientId()));
    }

    // ---- control API views

    synchronized ObjectNode stats() {
        ObjectNode json = Json.object();
        json.put("codesIssued", codesIssued);
        json.put("tokenExchanges", tokenExchanges);
        json.put("refreshes", refreshes);
        json.put("refreshFailures", refreshFailures);
        return json;
    }

    /** The live tokens, oldest first: {@code type} access or refresh, client, user, scope, expiresInSeconds. */
    synchronized ArrayNode tokens() {
        long now = clock.getAsLong();
        List<Token> all = new ArrayList<>(accessTokens.values());
        all.addAll(refreshTokens.values());
        ArrayNode list = Json.array();
        for (Token token : all) {
            if (now < token.expiresAt()) {
                ObjectNode json = list.addObject();
                json.put("token", token.value());
                json.put("type", token.refresh() ? "refresh" : "access");
                json.put("client_id", token.clientId());
                json.put("user", token.user());
                json.put("scope", token.scope().name());
                json.put("expiresInSeconds", (token.expiresAt() - now + 999) / 1000);
            }
        }
        return list;
    }

    // ---- internals

    private Issued issue(String clientId, String user, OAuthScope scope, long family) {
        long now = clock.getAsLong();
        Token access = new Token(secret(), false, clientId, user, scope,
                now + settings.accessTokenSeconds() * 1000L, family);
        Token refresh = new Token(secret(), true, clientId, user, scope,
                now + settings.refreshTokenSeconds() * 1000L, family);
        accessTokens.put(access.value(), access);
        refreshTokens.put(refresh.value(), refresh);
        return new Issued(access.value(), refresh.value(), settings.accessTokenSeconds(), now / 1000);
    }

    private void revokeFamily(long family) {
        accessTokens.values().removeIf(t -> t.family() == family);
        refreshTokens.values().removeIf(t -> t.family() == family);
    }

    /** RFC 7636 §4.6; a verifier for a code requested without a challenge is refused as well. */
    private static void checkVerifier(Authorization authorization, String verifier) {
        String challenge = authorization.codeChallenge();
        if (challenge == null) {
            if (verifier != null && !verifier.isEmpty()) {
                throw OAuthError.invalidGrant("code_verifier given, but the authorization request had no"
                        + " code_challenge");
            }
            return;
        }
        if (verifier == null || verifier.isEmpty()) {
            throw OAuthError.invalidRequest("code_verifier is required");
        }
        String expected = "S256".equals(authorization.challengeMethod()) ? s256(verifier) : verifier;
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII))) {
            throw OAuthError.invalidGrant("code_verifier does not match the code_challenge");
        }
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String secret() {
        byte[] value = new byte[32];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}

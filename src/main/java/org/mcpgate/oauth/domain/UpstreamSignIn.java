package org.mcpgate.oauth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.atlassian.auth.OAuthConnection;
import org.mcpgate.atlassian.grant.UpstreamGrant;
import org.mcpgate.config.ProxySettings;

/**
 * The upstream leg: after the person consents, mcpgate sends their browser to Atlassian with its own PKCE; when
 * Atlassian sends it back, mcpgate exchanges the code itself, stores the person's grant sealed, and answers the MCP
 * client with an authorization code of its own. The client never sees an Atlassian token.
 */
@ApplicationScoped
public class UpstreamSignIn {

    /** How long a person has to log in to Atlassian once they consented. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(UpstreamSignIn.class.getName());

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    ConsentRepository consents;

    @Inject
    OAuthConnection connection;

    @Inject
    ProxySettings settings;

    Clock clock = Clock.systemUTC();

    /**
     * Where to send the browser after Atlassian's redirect.
     *
     * @param subject the person now signed in, when the sign-in succeeded
     */
    public record Completed(String redirect, Optional<String> subject) {
    }

    /** Remembers the consented request (bound to the browser) and says where to send the browser: Atlassian. */
    public String begin(AuthorizationRequest request, String bindingHash) {
        OAuthConnection.Authorization upstream = connection.begin();
        authorizations.savePending(new PendingAuthorization(upstream.state(), request, bindingHash,
                upstream.verifier(), clock.instant().plus(PENDING_LIFETIME)));
        return upstream.url().toString();
    }

    /**
     * Atlassian's redirect came back: where to send the browser now (the MCP client's redirect URI, with a code or
     * an error).
     *
     * @param binding the browser-binding cookie's value, or null when the browser sent none
     * @throws UnsafeRedirect when the sign-in is unknown, expired, or comes back in another browser
     */
    public Completed complete(String upstreamState, String code, String upstreamError, String binding) {
        PendingAuthorization pending = authorizations.takePending(upstreamState == null ? "" : upstreamState)
                .orElseThrow(() -> new UnsafeRedirect("This sign-in is unknown or was already completed: start it"
                        + " again from your MCP client."));
        if (binding == null || !Secrets.same(Secrets.hash(binding), pending.bindingHash())) {
            LOG.warning(() -> "OAuth proxy: a sign-in for client " + pending.request().clientId() + " came back in"
                    + " a browser other than the one that consented; refused");
            throw new UnsafeRedirect("This sign-in was started in another browser. For your safety it cannot be"
                    + " completed here: start it again from your MCP client, in this browser.");
        }
        AuthorizationRequest request = pending.request();
        Instant now = clock.instant();
        if (pending.expiresAt().isBefore(now)) {
            return failed(request, OAuthError.ACCESS_DENIED, "The sign-in took too long; try again.");
        }
        if (upstreamError != null || code == null) {
            return failed(request, OAuthError.ACCESS_DENIED, "The sign-in to Atlassian was cancelled or refused.");
        }
        UpstreamGrant grant;
        try {
            grant = connection.complete(UUID.randomUUID().toString(), code, pending.upstreamVerifier());
        } catch (UpstreamException e) {
            LOG.warning(() -> "OAuth proxy: the Atlassian sign-in for client " + request.clientId() + " failed: "
                    + e.getMessage());
            return failed(request, OAuthError.TEMPORARILY_UNAVAILABLE, "mcpgate could not complete the sign-in to"
                    + " Atlassian; try again, and ask an administrator if it keeps failing.");
        }
        String issued = Secrets.random(32);
        authorizations.saveCode(new AuthorizationCode(Secrets.hash(issued), request, grant.subject(), grant.id(),
                UUID.randomUUID().toString(), now.plus(settings.lifetimes().code())));
        if (ClientKind.of(request.clientId()) == ClientKind.REGISTERED) { // never remembered for metadata documents
            consents.save(new Consent(grant.subject(), request.clientId(), request.redirectUri(), request.scope(),
                    now));
        }
        LOG.info(() -> "OAuth proxy: " + grant.subject() + " authorized client " + request.clientId() + " (scope "
                + request.scope() + ")");
        return new Completed(answer(request, Map.of("code", issued)), Optional.of(grant.subject()));
    }

    private Completed failed(AuthorizationRequest request, String error, String description) {
        return new Completed(error(request, error, description), Optional.empty());
    }

    private String error(AuthorizationRequest request, String error, String description) {
        return answer(request, Map.of("error", error, "error_description", description));
    }

    /** RFC 6749 §4.1.2 with the issuer (RFC 9207), so a client can tell which server answered. */
    private String answer(AuthorizationRequest request, Map<String, String> result) {
        return answer(request.redirectUri(), request.state(), settings.issuer(), result);
    }

    private static String answer(String redirectUri, Optional<String> state, String issuer,
            Map<String, String> result) {
        Map<String, String> parameters = new LinkedHashMap<>(result);
        state.ifPresent(value -> parameters.put("state", value));
        parameters.put("iss", issuer);
        return Redirects.with(redirectUri, parameters);
    }

    /** The redirect for a person who said no on the consent page. */
    public String denied(AuthorizationRequest request) {
        return error(request, OAuthError.ACCESS_DENIED, "The person declined to authorize this client.");
    }

    /** The redirect for any error of a verified request. */
    public static String errorRedirect(AuthorizationError e, String issuer) {
        return answer(e.redirectUri(), e.state(), issuer, Map.of("error", e.error().code(), "error_description",
                e.error().description()));
    }
}

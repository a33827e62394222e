package org.mcpgate.oauth.endpoint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mcpgate.config.ProxySettings;
import org.mcpgate.oauth.domain.AuthorizationError;
import org.mcpgate.oauth.domain.AuthorizationRequest;
import org.mcpgate.oauth.domain.AuthorizationRequests;
import org.mcpgate.oauth.domain.ClientKind;
import org.mcpgate.oauth.domain.ConsentRepository;
import org.mcpgate.oauth.domain.OAuthError;
import org.mcpgate.oauth.domain.Secrets;
import org.mcpgate.oauth.domain.Signer;
import org.mcpgate.oauth.domain.UnsafeRedirect;
import org.mcpgate.oauth.domain.UpstreamSignIn;

/**
 * The authorization endpoint (RFC 6749 §3.1, §4.1.1): checks the request, binds it to this browser, and shows the
 * consent page, or goes straight to Atlassian when this person already consented to exactly this client, redirect
 * URI and scope (never for a metadata-document client).
 */
@RequestScoped
@Path("/authorize")
public class AuthorizationEndpoint {

    static final Duration CONSENT_LIFETIME = Duration.ofMinutes(10);

    @Inject
    AuthorizationRequests requests;

    @Inject
    UpstreamSignIn signIn;

    @Inject
    ConsentRepository consents;

    @Inject
    ProxySettings settings;

    @Inject
    Signer signer;

    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

    @GET
    public Response authorize(@Context UriInfo uri) {
        AuthorizationRequests.Checked checked;
        try {
            checked = requests.check(uri.getQueryParameters());
        } catch (UnsafeRedirect | OAuthError e) {
            return ProxyPages.error(400, e.getMessage());
        } catch (AuthorizationError e) {
            return Response.seeOther(URI.create(UpstreamSignIn.errorRedirect(e, settings.issuer()))).build();
        }
        BrowserCookies cookies = new BrowserCookies(settings);
        String binding = cookies.read(headers, cookies.bindingName()).filter(v -> v.length() == 43)
                .orElseGet(() -> Secrets.random(32));
        String setBinding = cookies.set(cookies.bindingName(), binding, BrowserCookies.BINDING_LIFETIME);
        AuthorizationRequest request = checked.request();
        if (!mustAsk(checked, cookies)) {
            return Response.seeOther(URI.create(signIn.begin(request, Secrets.hash(binding))))
                    .header("Set-Cookie", setBinding).header("Cache-Control", "no-store").build();
        }
        String ticket = new ConsentTicket(request, Secrets.hash(binding), clock.instant().plus(CONSENT_LIFETIME))
                .sign(signer);
        String html = ProxyPages.consent(checked.client(), request.scope(), request.redirectUri(),
                settings.url("/oauth/consent"), ticket, ConsentEndpoint.csrf(signer, binding));
        return ProxyPages.page(Response.ok().header("Set-Cookie", setBinding), html);
    }

    /** Consent is asked unless the admin turned it off, or this person gave exactly this consent before. */
    private boolean mustAsk(AuthorizationRequests.Checked checked, BrowserCookies cookies) {
        if (checked.client().kind() == ClientKind.METADATA_DOCUMENT) {
            return true;
        }
        if (!settings.requireConsent()) {
            return false;
        }
        AuthorizationRequest request = checked.request();
        return cookies.read(headers, cookies.personName()).flatMap(signer::open).flatMap(this::unexpiredSubject)
                .flatMap(subject -> consents.find(subject, request.clientId()))
                .filter(c -> c.redirectUri().equals(request.redirectUri()) && c.scope().equals(request.scope()))
                .isEmpty();
    }

    /** The person cookie holds {@code <epoch seconds until>|<subject>}. */
    private Optional<String> unexpiredSubject(String payload) {
        int bar = payload.indexOf('|');
        try {
            return bar > 0 && Instant.ofEpochSecond(Long.parseLong(payload.substring(0, bar))).isAfter(clock.instant())
                    ? Optional.of(payload.substring(bar + 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

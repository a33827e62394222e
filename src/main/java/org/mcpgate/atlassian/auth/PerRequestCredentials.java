package org.mcpgate.atlassian.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.mcpgate.atlassian.Credential;
import org.mcpgate.config.PerRequestSettings;

/**
 * Multi-user deployments: each request brings its user's own credential, so every person acts in Jira as
 * themselves. Recognised: {@code Authorization: Token <PAT>}, {@code Bearer <token>} and {@code Basic ...},
 * and {@code X-Atlassian-Jira-Personal-Token}; {@code X-Atlassian-Jira-Url} picks another allowed Jira.
 */
final class PerRequestCredentials implements CredentialStrategy {

    static final String MISSING = "Authentication required: no Atlassian credentials were provided. Send your Jira"
            + " personal access token as 'Authorization: Token <PAT>' or in the " + Caller.JIRA_PERSONAL_TOKEN
            + " header (or an OAuth access token as 'Authorization: Bearer <token>').";

    private final String defaultUrl;
    private final PerRequestSettings settings;
    private final UrlAllowlist allowlist;
    private final Optional<CredentialStrategy> fallback;

    PerRequestCredentials(String defaultUrl, PerRequestSettings settings, Optional<CredentialStrategy> fallback) {
        this.defaultUrl = defaultUrl;
        this.settings = settings;
        this.allowlist = new UrlAllowlist(settings.allowedUrlDomains());
        this.fallback = settings.allowGlobalFallback() ? fallback : Optional.empty();
    }

    @Override
    public JiraTarget targetFor(Caller caller) {
        Optional<String> url = caller.header(Caller.JIRA_URL).map(allowlist::check);
        Optional<Credential> own = credential(caller);
        if (own.isPresent()) {
            return new JiraTarget(url.orElse(defaultUrl), own.get());
        }
        if (fallback.isPresent() && url.isEmpty()) {
            return fallback.get().targetFor(caller);
        }
        throw new AuthenticationRequired(url.isPresent() ? MISSING + " A request that names its own Jira URL"
                + " must bring its own credential." : MISSING);
    }

    private Optional<Credential> credential(Caller caller) {
        Optional<String> pat = caller.header(Caller.JIRA_PERSONAL_TOKEN);
        if (pat.isPresent()) {
            return Optional.of(new Credential.PersonalToken(pat.get(), "the " + Caller.JIRA_PERSONAL_TOKEN
                    + " header"));
        }
        Optional<String> authorization = settings.ignoreAuthorizationHeader() ? Optional.empty()
                : caller.header(Caller.AUTHORIZATION);
        return authorization.map(PerRequestCredentials::fromAuthorization);
    }

    private static Credential fromAuthorization(String value) {
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (token.isEmpty()) {
            throw new AuthenticationRequired("The Authorization header has no credential after '" + scheme + "'.");
        }
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "token" -> new Credential.PersonalToken(token, "the 'Authorization: Token' header");
            case "bearer" -> new Credential.AccessToken(token, "the 'Authorization: Bearer' header",
                    "send a current Jira personal access token or OAuth access token");
            case "basic" -> basic(token);
            default -> throw new AuthenticationRequired("The Authorization scheme '" + scheme + "' is not"
                    + " supported: use Token, Bearer or Basic.");
        };
    }

    private static Credential basic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon > 0) {
                return new Credential.Basic(pair.substring(0, colon), pair.substring(colon + 1),
                        "the 'Authorization: Basic' header");
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new AuthenticationRequired("The 'Authorization: Basic' header is not base64 of username:password.");
    }

    @Override
    public String describe() {
        return "per request (each user's own credential" + (fallback.isPresent()
                ? "; requests without one use the server-wide credential: " + fallback.get().describe() + ")"
                : "; requests without one get 401)");
    }

    @Override
    public boolean perRequest() {
        return true;
    }
}

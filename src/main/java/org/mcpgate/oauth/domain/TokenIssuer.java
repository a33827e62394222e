package org.mcpgate.oauth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mcpgate.config.ProxySettings;

/**
 * The token endpoint's grants (RFC 6749 §4.1.3 and §6): a code for a first token pair, a refresh token for the
 * next. Codes are single use and refresh tokens rotate; presenting a spent one revokes its whole family, since only
 * a thief or a broken client would do so.
 */
@ApplicationScoped
public class TokenIssuer {

    /** RFC 7636 §4.1: 43 to 128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    /** {@code grant_type=authorization_code}, parsed. */
    public record CodeGrant(String clientId, String code, String redirectUri, String verifier,
            Optional<String> resource) {
    }

    /** {@code grant_type=refresh_token}, parsed. */
    public record RefreshGrant(String clientId, String refreshToken, Optional<String> scope,
            Optional<String> resource) {
    }

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    TokenRepository tokens;

    @Inject
    Revocations revocations;

    @Inject
    AuthorizationRequests requests;

    @Inject
    ProxySettings settings;

    Clock clock = Clock.systemUTC();

    public IssuedTokens exchange(CodeGrant grant) {
        Instant now = clock.instant();
        AuthorizationRepository.Redemption redemption = authorizations.redeemCode(Secrets.hash(grant.code()), now);
        if (redemption instanceof AuthorizationRepository.Redemption.Reused reused) {
            revocations.revokeFamily(reused.code().familyId(), "authorization code used twice");
            throw invalidGrant("The authorization code was already used; the tokens issued with it are revoked."
                    + " Sign in again.");
        }
        if (!(redemption instanceof AuthorizationRepository.Redemption.Fresh fresh)) {
            throw invalidGrant("The authorization code is unknown or expired.");
        }
        AuthorizationCode code = fresh.code();
        AuthorizationRequest request = code.request();
        if (!code.expiresAt().isAfter(now)) {
            throw invalidGrant("The authorization code expired; sign in again.");
        }
        if (!request.clientId().equals(grant.clientId())) {
            throw invalidGrant("The authorization code was issued to another client.");
        }
        if (!request.redirectUri().equals(grant.redirectUri())) {
            throw invalidGrant("redirect_uri does not match the one of the authorization request.");
        }
        if (grant.verifier() == null || !VERIFIER.matcher(grant.verifier()).matches()) {
            throw invalidGrant("code_verifier is missing or malformed: send the 43 to 128 character PKCE verifier.");
        }
        if (!Secrets.same(Secrets.hash(grant.verifier()), request.codeChallenge())) {
            throw invalidGrant("code_verifier does not match the code_challenge.");
        }
        grant.resource().ifPresent(r -> requests.resource(Optional.of(r)));
        TokenFamily family = new TokenFamily(code.familyId(), request.clientId(), code.subject(), request.scope(),
                request.resource(), code.upstreamGrantId(), now, Optional.empty());
        tokens.saveFamily(family);
        return issue(family, now);
    }

    public IssuedTokens refresh(RefreshGrant grant) {
        if (!settings.allowedGrantTypes().contains("refresh_token")) {
            throw new OAuthError(OAuthError.UNSUPPORTED_GRANT_TYPE, "This server does not issue refresh tokens.");
        }
        Instant now = clock.instant();
        TokenRepository.Found found = tokens.findToken(Secrets.hash(grant.refreshToken()))
                .filter(f -> f.token().kind() == TokenKind.REFRESH && !f.family().revoked())
                .orElseThrow(() -> invalidGrant("The refresh token is unknown, revoked or expired; sign in again."));
        TokenFamily family = found.family();
        if (!family.clientId().equals(grant.clientId())) {
            throw invalidGrant("The refresh token was issued to another client.");
        }
        if (!found.token().expiresAt().isAfter(now)) {
            throw invalidGrant("The refresh token expired; sign in again.");
        }
        if (!tokens.markUsed(found.token().hash(), now)) {
            revocations.revokeFamily(family.id(), "refresh token used twice");
            throw invalidGrant("The refresh token was already used; every token of this sign-in is revoked. Sign in"
                    + " again.");
        }
        grant.resource().ifPresent(r -> requests.resource(Optional.of(r)));
        grant.scope().map(Scopes::normalize).ifPresent(scope -> {
            if (!Scopes.includesAll(family.scope(), scope)) {
                throw new OAuthError(OAuthError.INVALID_SCOPE, "A refresh cannot widen the scope granted ("
                        + family.scope() + ").");
            }
        });
        return issue(family, now);
    }

    private IssuedTokens issue(TokenFamily family, Instant now) {
        ProxySettings.Lifetimes lifetimes = settings.lifetimes();
        String access = Secrets.random(32);
        tokens.saveToken(new IssuedToken(Secrets.hash(access), family.id(), TokenKind.ACCESS,
                now.plus(lifetimes.accessToken()), Optional.empty()));
        Optional<String> refresh = Optional.empty();
        if (settings.allowedGrantTypes().contains("refresh_token")) {
            refresh = Optional.of(Secrets.random(32));
            tokens.saveToken(new IssuedToken(Secrets.hash(refresh.get()), family.id(), TokenKind.REFRESH,
                    now.plus(lifetimes.refreshToken()), Optional.empty()));
        }
        return new IssuedTokens(access, lifetimes.accessToken().toSeconds(), refresh, family.scope());
    }

    private static OAuthError invalidGrant(String description) {
        return new OAuthError(OAuthError.INVALID_GRANT, description);
    }
}

package org.mcpgate.oauth.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import org.mcpgate.oauth.domain.AuthorizationRequest;

/** An authorization request's columns, named alike in {@code mcpgate_oauth_pending} and {@code mcpgate_oauth_code}. */
@Embeddable
public class AuthorizationRequestColumns {

    @Column(name = "client_id", nullable = false, length = 512)
    private String clientId;

    @Column(name = "redirect_uri", nullable = false, length = 2000)
    private String redirectUri;

    @Column(nullable = false, length = 1000)
    private String scope;

    @Column(length = 1000)
    private String state;

    @Column(name = "code_challenge", nullable = false, length = 128)
    private String codeChallenge;

    @Column(nullable = false, length = 2000)
    private String resource;

    protected AuthorizationRequestColumns() {
        // for JPA
    }

    AuthorizationRequestColumns(AuthorizationRequest request) {
        this.clientId = request.clientId();
        this.redirectUri = request.redirectUri();
        this.scope = request.scope();
        this.state = request.state().orElse(null);
        this.codeChallenge = request.codeChallenge();
        this.resource = request.resource();
    }

    AuthorizationRequest toRecord() {
        return new AuthorizationRequest(clientId, redirectUri, scope, Optional.ofNullable(state), codeChallenge,
                resource);
    }
}

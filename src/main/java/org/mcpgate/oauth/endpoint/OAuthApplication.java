package org.mcpgate.oauth.endpoint;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The OAuth proxy's endpoints under {@code /oauth}. Mapped to that prefix only, never to the whole context root: an
 * application at {@code /*} answers every unknown path, and Liberty then keeps sending those paths to it even after
 * another application is deployed at one of them.
 */
@ApplicationPath("/oauth")
public class OAuthApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AuthorizationEndpoint.class, ConsentEndpoint.class, ClientRegistrationEndpoint.class,
                TokenEndpoint.class, RevocationEndpoint.class, ProxyEnabledFilter.class, OAuthErrorMapper.class);
    }
}

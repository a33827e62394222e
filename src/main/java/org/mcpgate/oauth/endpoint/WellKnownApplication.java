package org.mcpgate.oauth.endpoint;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The discovery documents, under {@code /.well-known} at the context root, where clients look for them. */
@ApplicationPath("/.well-known")
public class WellKnownApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ProtectedResourceMetadataEndpoint.class, AuthorizationServerMetadataEndpoint.class,
                ProxyEnabledFilter.class, OAuthErrorMapper.class);
    }
}

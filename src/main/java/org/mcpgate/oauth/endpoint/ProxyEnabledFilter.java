package org.mcpgate.oauth.endpoint;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.mcpgate.config.ProxySettings;

/** Without ATLASSIAN_OAUTH_PROXY_ENABLE, none of the proxy's endpoints exists. */
@Provider
@PreMatching
public class ProxyEnabledFilter implements ContainerRequestFilter {

    @Inject
    ProxySettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!settings.enabled()) {
            request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
        }
    }
}

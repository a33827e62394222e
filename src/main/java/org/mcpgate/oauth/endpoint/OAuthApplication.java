package org.mcpgate.oauth.endpoint;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The OAuth proxy's endpoints, at the context root so that the well-known documents sit where clients look for
 * them. The MCP transports and the admin page are servlets with their own, more specific mappings.
 */
@ApplicationPath("/")
public class OAuthApplication extends Application {
}

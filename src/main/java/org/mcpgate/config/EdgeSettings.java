package org.mcpgate.config;

import java.util.List;

/**
 * What the MCP edge accepts before any request reaches the protocol.
 *
 * @param allowedHosts Host header values accepted (DNS-rebinding protection); {@code name:*} allows any port
 * @param allowedOrigins Origin header values accepted from browsers; {@code scheme://name:*} allows any port
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 */
public record EdgeSettings(List<String> allowedHosts, List<String> allowedOrigins, int maxRequestBytes) {

    public EdgeSettings {
        allowedHosts = List.copyOf(allowedHosts);
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}

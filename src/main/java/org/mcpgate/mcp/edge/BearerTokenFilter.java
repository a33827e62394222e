package org.mcpgate.mcp.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mcpgate.atlassian.auth.Caller;
import org.mcpgate.config.ProxySettings;
import org.mcpgate.oauth.domain.AccessTokens;
import org.mcpgate.oauth.domain.Scopes;
import org.mcpgate.oauth.domain.SignedIn;

/**
 * With the OAuth proxy, every MCP request must carry one of mcpgate's access tokens, issued for this server
 * (RFC 8707 audience) and alive: otherwise 401 with the way to sign in (RFC 9728 §5.1). A call to a tool that
 * writes needs the {@code write} scope, a read the {@code read} scope: otherwise 403 {@code insufficient_scope}
 * (RFC 6750 §3.1). The MCP session never stands in for the token: each request is checked.
 */
public final class BearerTokenFilter extends HttpFilter {

    /** The request attribute that carries the signed-in {@link Caller} to the transport context. */
    public static final String CALLER = BearerTokenFilter.class.getName() + ".caller";

    private final AccessTokens tokens;
    private final ProxySettings settings;
    private final Set<String> writeTools;
    private final int maxBytes;

    /** @param maxBytes the largest body whose tool call is read here (the edge's request limit) */
    public BearerTokenFilter(AccessTokens tokens, ProxySettings settings, Set<String> writeTools, int maxBytes) {
        this.tokens = tokens;
        this.settings = settings;
        this.writeTools = Set.copyOf(writeTools);
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String endpoint = request.getServletPath().equals("/mcp") ? "mcp" : "sse";
        Optional<String> token = bearer(request.getHeader("Authorization"));
        if (token.isEmpty()) {
            challenge(response, endpoint, null, "Sign in: this MCP server takes OAuth access tokens"
                    + " (Authorization: Bearer).");
            return;
        }
        Optional<SignedIn> signedIn = tokens.authenticate(token.get());
        if (signedIn.isEmpty()) {
            challenge(response, endpoint, "The access token is invalid, expired or revoked.",
                    "The access token is invalid, expired or revoked: sign in again.");
            return;
        }
        if (!signedIn.get().resource().equals(settings.resource())) {
            challenge(response, endpoint, "The access token was issued for another resource.",
                    "The access token was issued for another resource, not " + settings.resource() + ".");
            return;
        }
        // the body is read twice only for a token that lacks a scope: the usual "read write" one skips this
        ToolCallPeek peeked = signedIn.get().may(Scopes.READ) && signedIn.get().may(Scopes.WRITE)
                ? new ToolCallPeek(request, Optional.empty()) : ToolCallPeek.of(request, maxBytes);
        Optional<String> tool = peeked.toolName();
        String needed = tool.map(name -> writeTools.contains(name) ? Scopes.WRITE : Scopes.READ).orElse(null);
        if (needed != null && !signedIn.get().may(needed)) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\""
                    + Scopes.DEFAULT + "\", resource_metadata=\"" + metadata(endpoint) + "\", error_description=\""
                    + "The tool " + tool.get() + " needs the " + needed + " scope\"");
            JsonRpcErrorResponse.write(response, 403, "The tool " + tool.get() + " needs the '" + needed + "' scope,"
                    + " which this sign-in was not granted; sign in again and grant it.");
            return;
        }
        peeked.request().setAttribute(CALLER, Caller.signedIn(signedIn.get().upstreamGrantId()));
        chain.doFilter(peeked.request(), response);
    }

    private void challenge(HttpServletResponse response, String endpoint, String error, String message)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer resource_metadata=\"" + metadata(endpoint) + "\", scope=\""
                + Scopes.DEFAULT + "\"" + (error == null ? "" : ", error=\"invalid_token\", error_description=\""
                        + error + "\""));
        JsonRpcErrorResponse.write(response, 401, message);
    }

    private String metadata(String endpoint) {
        return settings.url("/.well-known/oauth-protected-resource/" + endpoint);
    }

    static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() < 8
                || !authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).strip()).filter(t -> !t.isEmpty());
    }
}

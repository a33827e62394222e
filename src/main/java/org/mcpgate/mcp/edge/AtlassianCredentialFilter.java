package org.mcpgate.mcp.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.atlassian.auth.AuthenticationRequired;
import org.mcpgate.atlassian.auth.Caller;
import org.mcpgate.jira.JiraIdentities;

/**
 * In per-request mode, a request must bring an Atlassian credential that Jira accepts: otherwise 401 here, before
 * the protocol, so an unauthenticated caller can never act with anyone's credential. Jira's verdict on each
 * credential is cached; Jira being down does not block (the tool call then says so).
 */
public final class AtlassianCredentialFilter extends HttpFilter {

    private final JiraIdentities identities;

    public AtlassianCredentialFilter(JiraIdentities identities) {
        this.identities = identities;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getMethod().equals("POST") && !request.getServletPath().equals("/sse")) {
            chain.doFilter(request, response); // DELETE of a session, or a GET stream of one already checked
            return;
        }
        try {
            identities.of(Caller.fromHeaders(request::getHeader));
        } catch (AuthenticationRequired e) {
            refuse(response, e.getMessage());
            return;
        } catch (UpstreamException e) {
            if (e.status() == 401 || e.status() == 403) {
                refuse(response, e.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"mcpgate\"");
        JsonRpcErrorResponse.write(response, 401, message);
    }
}

package org.mcpgate.admin;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.atlassian.auth.CredentialStrategy;
import org.mcpgate.atlassian.auth.OAuthConnection;
import org.mcpgate.atlassian.grant.UpstreamGrant;
import org.mcpgate.config.JiraSettings;
import org.mcpgate.config.ProxySettings;
import org.mcpgate.oauth.domain.ProxyAdministration;

/**
 * {@code /admin}: shows how mcpgate authenticates to Jira; in OAuth mode, connects and disconnects the
 * server-wide grant; with the OAuth proxy, lists and revokes people's sign-ins and registered clients. Only the mcpgate-admin role reaches it (web.xml); forms carry a CSRF token bound to the
 * session, and the authorization's state and PKCE verifier stay in that session until Atlassian redirects back.
 */
@WebServlet("/admin/*")
public class AdminServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(AdminServlet.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CSRF = "mcpgate.admin.csrf";
    private static final String PENDING = "mcpgate.admin.pending";
    private static final String NOTICE = "mcpgate.admin.notice";

    @Inject
    CredentialStrategy credentials;

    @Inject
    JiraSettings settings;

    @Inject
    Instance<OAuthConnection> connection;

    @Inject
    ProxySettings proxy;

    @Inject
    Instance<ProxyAdministration> administration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/oauth/callback")) {
            callback(request, response);
        } else if (path.equals("/")) {
            page(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        String expected = (String) session.getAttribute(CSRF);
        String given = request.getParameter("csrf");
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The form expired; reload the admin page.");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (proxy.enabled()) {
            proxyAction(path, request, response);
            return;
        }
        if (!settings.oauthClient().isPresent()) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "mcpgate is not configured for OAuth.");
            return;
        }
        if (path.equals("/connect")) {
            OAuthConnection.Authorization pending = connection.get().begin();
            session.setAttribute(PENDING, pending);
            LOG.info(() -> request.getRemoteUser() + " started connecting mcpgate to Jira over OAuth");
            response.sendRedirect(pending.url().toString());
        } else if (path.equals("/disconnect")) {
            connection.get().disconnect();
            LOG.info(() -> request.getRemoteUser() + " disconnected mcpgate's OAuth connection to Jira");
            back(request, response, "Disconnected: the stored tokens are deleted.");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** With the OAuth proxy: end a person's sign-in, or remove a client with all its sign-ins. */
    private void proxyAction(String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String admin = request.getRemoteUser();
        if (path.equals("/revoke")) {
            boolean revoked = administration.get().revokeSignIn(String.valueOf(request.getParameter("family")), admin);
            back(request, response, revoked ? "Revoked: that sign-in's tokens no longer work, and its Jira grant is"
                    + " deleted." : "That sign-in had already ended.");
        } else if (path.equals("/remove-client")) {
            boolean removed = administration.get().removeClient(String.valueOf(request.getParameter("client")), admin);
            back(request, response, removed ? "Removed: the client's sign-ins ended; it must register again."
                    : "That client was already removed.");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        OAuthConnection.Authorization pending = (OAuthConnection.Authorization) session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        String state = request.getParameter("state");
        if (pending == null || state == null || !MessageDigest.isEqual(pending.state().getBytes(StandardCharsets.UTF_8),
                state.getBytes(StandardCharsets.UTF_8))) {
            back(request, response, "That authorization was not started here, or it was already used: press"
                    + " Connect again.");
            return;
        }
        String error = request.getParameter("error");
        if (error != null) {
            back(request, response, "Jira did not grant access (" + error + "): nothing was changed.");
            return;
        }
        try {
            UpstreamGrant grant = connection.get().complete(request.getParameter("code"), pending);
            LOG.info(() -> request.getRemoteUser() + " connected mcpgate to Jira over OAuth as " + grant.subject());
            back(request, response, "Connected: mcpgate now acts in Jira as " + grant.subject() + ".");
        } catch (UpstreamException e) {
            back(request, response, "Connecting failed: " + e.getMessage());
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        String csrf = (String) session.getAttribute(CSRF);
        if (csrf == null) {
            byte[] value = new byte[32];
            RANDOM.nextBytes(value);
            csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(value);
            session.setAttribute(CSRF, csrf);
        }
        String notice = (String) session.getAttribute(NOTICE);
        session.removeAttribute(NOTICE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline';"
                + " frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        AdminPage page = new AdminPage(request.getContextPath(), csrf, notice, credentials.describe());
        if (proxy.enabled()) {
            response.getWriter().write(page.withProxy(administration.get().signIns(), administration.get().clients()));
            return;
        }
        response.getWriter().write(settings.oauthClient().isPresent()
                ? page.withConnection(connection.get().provider().product(), connection.get().current())
                : page.withoutConnection());
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String notice)
            throws IOException {
        request.getSession().setAttribute(NOTICE, notice);
        response.sendRedirect(request.getContextPath() + "/admin/");
    }
}

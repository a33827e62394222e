package org.mcpgate.admin;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mcpgate.atlassian.grant.UpstreamGrant;
import org.mcpgate.oauth.domain.RegisteredClient;
import org.mcpgate.oauth.domain.TokenFamily;

/** The admin page's HTML: every value from outside is encoded by the OWASP encoder, none is trusted. */
record AdminPage(String contextPath, String csrf, String notice, String authentication) {

    String withoutConnection() {
        return frame("<p>mcpgate authenticates to Jira with: <strong>" + forHtml(authentication) + "</strong>."
                + " There is no OAuth connection to make in this mode.</p>");
    }

    String withConnection(String product, Optional<UpstreamGrant> grant) {
        String status = grant.map(g -> "<p id=\"status\">Connected to " + forHtml(product) + " as <strong>"
                + forHtml(g.subject()) + "</strong> since " + forHtml(g.createdAt().toString()) + " (scope "
                + forHtml(g.scope()) + "; access token valid until " + forHtml(g.accessExpiresAt().toString())
                + ", renewed automatically).</p>" + form("disconnect", "Disconnect"))
                .orElse("<p id=\"status\">Not connected: tool calls fail until an administrator connects.</p>");
        return frame(status + form("connect", grant.isPresent() ? "Connect again" : "Connect to " + product));
    }

    /** The OAuth proxy: each person's sign-in through each client, and the clients, each with its way to end it. */
    String withProxy(List<TokenFamily> signIns, List<RegisteredClient> clients) {
        String people = signIns.isEmpty() ? "<p>Nobody is signed in.</p>" : "<table id=\"sign-ins\"><tr><th>Person</th>"
                + "<th>Client</th><th>Scope</th><th>Since</th><th></th></tr>" + signIns.stream().map(f -> "<tr><td>"
                        + forHtml(f.subject()) + "</td><td>" + forHtml(f.clientId()) + "</td><td>" + forHtml(f.scope())
                        + "</td><td>" + forHtml(f.createdAt().toString()) + "</td><td>"
                        + form("revoke", "family", f.id(), "Revoke", "revoke-" + f.id()) + "</td></tr>")
                        .collect(Collectors.joining()) + "</table>";
        String registered = clients.isEmpty() ? "<p>No client has registered.</p>" : "<table id=\"clients\"><tr>"
                + "<th>Client</th><th>Name</th><th>Redirect URIs</th><th>Registered</th><th></th></tr>"
                + clients.stream().map(c -> "<tr><td>" + forHtml(c.clientId()) + "</td><td>" + forHtml(c.clientName())
                        + "</td><td>" + forHtml(String.join(" ", c.redirectUris())) + "</td><td>"
                        + forHtml(c.createdAt().toString()) + "</td><td>" + form("remove-client", "client",
                                c.clientId(), "Remove", "remove-" + c.clientId()) + "</td></tr>")
                        .collect(Collectors.joining()) + "</table>";
        return frame("<p>mcpgate authenticates to Jira with: <strong>" + forHtml(authentication) + "</strong>.</p>"
                + "<h2>Signed-in people</h2>" + people + "<h2>Registered clients</h2>" + registered);
    }

    private String form(String action, String label) {
        return form(action, null, null, label, action);
    }

    private String form(String action, String field, String value, String label, String id) {
        return "<form method=\"post\" action=\"" + forHtmlAttribute(contextPath + "/admin/" + action) + "\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + forHtmlAttribute(csrf) + "\">"
                + (field == null ? "" : "<input type=\"hidden\" name=\"" + field + "\" value=\""
                        + forHtmlAttribute(value) + "\">")
                + "<button id=\"" + forHtmlAttribute(id) + "\" type=\"submit\">" + forHtml(label) + "</button></form>";
    }

    private String frame(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>mcpgate administration"
                + "</title><style>body{font-family:sans-serif;max-width:44em;margin:2em auto}</style></head><body>"
                + "<h1>mcpgate administration</h1>"
                + (notice == null ? "" : "<p id=\"notice\"><em>" + forHtml(notice) + "</em></p>")
                + body + "</body></html>";
    }
}

package org.mcpgate.admin;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.Optional;
import org.mcpgate.atlassian.grant.UpstreamGrant;

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

    private String form(String action, String label) {
        return "<form method=\"post\" action=\"" + forHtmlAttribute(contextPath + "/admin/" + action) + "\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + forHtmlAttribute(csrf) + "\">"
                + "<button id=\"" + action + "\" type=\"submit\">" + forHtml(label) + "</button></form>";
    }

    private String frame(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>mcpgate administration"
                + "</title><style>body{font-family:sans-serif;max-width:44em;margin:2em auto}</style></head><body>"
                + "<h1>mcpgate administration</h1>"
                + (notice == null ? "" : "<p id=\"notice\"><em>" + forHtml(notice) + "</em></p>")
                + body + "</body></html>";
    }
}

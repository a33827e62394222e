package org.mcpgate.oauth.endpoint;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.mcpgate.oauth.domain.ClientKind;
import org.mcpgate.oauth.domain.RegisteredClient;
import org.mcpgate.oauth.domain.Scopes;

/**
 * The pages a person sees during sign-in: the consent page and the error page. Every value from outside is
 * encoded by the OWASP encoder; the pages refuse to be framed (clickjacking) and are never cached.
 */
final class ProxyPages {

    private ProxyPages() {
    }

    static String consent(RegisteredClient client, String scope, String redirectUri, String formAction,
            String ticket, String csrf) {
        String host = redirectHost(redirectUri);
        String rights = Scopes.explain(scope).stream().map(line -> "<li>" + forHtml(line) + "</li>")
                .collect(Collectors.joining());
        String origin = client.kind() == ClientKind.METADATA_DOCUMENT
                ? "<p>It identifies itself by <code id=\"client-id\">" + forHtml(client.clientId()) + "</code>.</p>"
                : "";
        return frame("Authorize " + client.clientName(), "<h1>Authorize <span id=\"client-name\">"
                + forHtml(client.clientName()) + "</span>?</h1>"
                + "<p>This MCP client asks to act in Jira <strong>as you</strong>, with your Jira permissions."
                + " Its name is what it says about itself: mcpgate cannot verify it. After you approve, you sign"
                + " in to Jira, and the client receives its access at " + (loopback(host) ? "an app on this"
                        + " computer, " : "") + "<strong id=\"redirect-host\">" + forHtml(host) + "</strong>.</p>"
                + origin
                + "<p>It will be able to:</p><ul id=\"scopes\">" + rights + "</ul>"
                + "<p>You can revoke this access at any time; an administrator can too.</p>"
                + "<form method=\"post\" action=\"" + forHtmlAttribute(formAction) + "\">"
                + hidden("ticket", ticket) + hidden("csrf", csrf)
                + "<button id=\"approve\" type=\"submit\" name=\"decision\" value=\"approve\">Approve</button> "
                + "<button id=\"deny\" type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></form>");
    }

    /** Headers of every page: never cached, never framed (clickjacking), no script, no referrer leaving. */
    static final Map<String, String> HEADERS = Map.of("Cache-Control", "no-store",
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none';"
                    + " base-uri 'none'",
            "X-Frame-Options", "DENY", "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer");
    static final String HTML = "text/html;charset=UTF-8";

    static String errorHtml(String message) {
        return frame("Sign-in failed", "<h1>Sign-in failed</h1><p id=\"error\">" + forHtml(message) + "</p>");
    }

    static Response error(int status, String message) {
        return page(Response.status(status), errorHtml(message));
    }

    static Response page(Response.ResponseBuilder builder, String html) {
        HEADERS.forEach(builder::header);
        return builder.type(HTML).entity(html).build();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + forHtmlAttribute(value) + "\">";
    }

    private static boolean loopback(String host) {
        return host.startsWith("127.0.0.1") || host.startsWith("localhost") || host.startsWith("[::1]");
    }

    private static String redirectHost(String redirectUri) {
        try {
            URI uri = URI.create(redirectUri);
            return uri.getHost() == null ? uri.getScheme() + ":" : uri.getHost()
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return redirectUri;
        }
    }

    private static String frame(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + forHtml(title)
                + " - mcpgate</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto}"
                + "button{font-size:1em;padding:.4em 1.2em}</style></head><body>" + body + "</body></html>";
    }
}

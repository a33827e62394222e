package org.mcpgate.atlassian.grant;

import java.util.List;
import java.util.Locale;
import org.mcpgate.atlassian.Json;
import org.mcpgate.atlassian.UpstreamException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Turns a token endpoint's refusals (RFC 6749 §5.2 {@code error} codes, or bare HTTP statuses from proxies) into
 * text an administrator can act on. The description the server sends back is kept, but with every secret of the
 * request blotted out: some servers echo the token they refuse.
 */
final class TokenEndpointErrors {

    enum Grant {
        AUTHORIZATION_CODE("authorization_code"), REFRESH_TOKEN("refresh_token");

        final String wireName;

        Grant(String wireName) {
            this.wireName = wireName;
        }
    }

    static final String RECONNECT = "an administrator must connect again on the admin page (/admin)";
    private static final int MAX_DESCRIPTION = 300;
    private static final String REDACTED = "********";

    private final UpstreamProvider provider;
    private final Grant grant;
    private final List<String> secrets;

    TokenEndpointErrors(UpstreamProvider provider, Grant grant, List<String> secrets) {
        this.provider = provider;
        this.grant = grant;
        this.secrets = List.copyOf(secrets);
    }

    UpstreamException fromResponse(int status, String body, String retryAfter) {
        JsonNode json = json(body);
        String error = json.path("error").stringValue("");
        String detail = error.matches("[A-Za-z0-9_.\\-]{1,64}") ? error : "";
        String description = clean(json.path("error_description").stringValue(""));
        if (!description.isEmpty()) {
            detail = detail.isEmpty() ? description : detail + ": " + description;
        }
        if (detail.isEmpty()) {
            detail = "an unrecognized error";
        }
        String product = provider.product();
        String message = switch (error) {
            case "invalid_grant" -> grant == Grant.REFRESH_TOKEN ? revoked(detail)
                    : product + " refused the authorization code (" + detail + "): it expired (Jira Data Center's"
                            + " codes last 10 seconds), was used already, or the redirect URI or PKCE verifier did not"
                            + " match the authorization request; start again on the admin page (/admin).";
            case "invalid_client" -> refusedClient(detail);
            case "unauthorized_client", "unsupported_grant_type" ->
                grant == Grant.REFRESH_TOKEN && description.toLowerCase(Locale.ROOT).contains("refresh")
                        ? revoked(detail) // Atlassian Cloud answers "unauthorized_client: refresh_token is invalid"
                        : product + " does not let mcpgate's OAuth client use the " + grant.wireName + " grant ("
                                + detail + "); check the client's settings in " + registration() + ".";
            case "invalid_scope" -> product + " refused the requested scope (" + detail + "): check"
                    + " ATLASSIAN_OAUTH_SCOPE against the scopes allowed in " + registration() + ".";
            case "" -> byStatus(status, body, retryAfter);
            default -> product + "'s token endpoint rejected the request (" + detail + ").";
        };
        return new UpstreamException(status, message);
    }

    /** A 2xx answer without a usable token: a proxy's page, or not an OAuth token endpoint at all. */
    UpstreamException malformed(int status, String what) {
        return new UpstreamException(status, provider.product() + "'s token endpoint answered HTTP " + status
                + " without a usable token (" + what + "); check that " + (provider == UpstreamProvider.JIRA_DC
                        ? "JIRA_URL is the base URL of Jira Data Center 8.22 or later" : "nothing rewrites the"
                                + " answers of auth.atlassian.com") + ".");
    }

    private String revoked(String detail) {
        return "The OAuth connection to " + provider.product() + " was revoked or expired; " + RECONNECT
                + ". (" + provider.product() + " answered " + detail + ".)";
    }

    private String refusedClient(String detail) {
        return provider.product() + " refused mcpgate's OAuth client (" + detail + "): check"
                + " ATLASSIAN_OAUTH_CLIENT_ID and ATLASSIAN_OAUTH_CLIENT_SECRET against " + registration() + ".";
    }

    private String registration() {
        return provider == UpstreamProvider.JIRA_DC
                ? "the incoming application link in Jira (Administration > Applications > Application links)"
                : "the app in the Atlassian developer console (https://developer.atlassian.com/console/myapps/)";
    }

    private String byStatus(int status, String body, String retryAfter) {
        String product = provider.product();
        String page = body != null && body.toLowerCase(Locale.ROOT).contains("<html")
                ? " (an HTML page, from " + product + " or a proxy in front of it)" : "";
        if (status == 401) {
            return refusedClient("HTTP 401");
        }
        if (status == 429) {
            return product + "'s token endpoint is rate-limiting requests (HTTP 429)"
                    + (retryAfter == null ? "" : "; retry after " + retryAfter + " seconds") + ".";
        }
        if (status >= 500) {
            return product + "'s token endpoint failed (HTTP " + status + ")" + page
                    + "; it may be down or restarting, try again shortly.";
        }
        return product + "'s token endpoint answered HTTP " + status + page + (status == 404
                && provider == UpstreamProvider.JIRA_DC ? "; its OAuth 2.0 provider needs Jira Data Center 8.22"
                        + " or later, and JIRA_URL must be Jira's base URL" : "") + ".";
    }

    /** The server's description without any secret of the request, on one line, clipped. */
    private String clean(String description) {
        String text = description.replaceAll("\\s+", " ").strip();
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                text = text.replace(secret, REDACTED);
            }
        }
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION) + "...";
    }

    private static JsonNode json(String body) {
        if (body == null || !body.strip().startsWith("{")) {
            return MissingNode.getInstance();
        }
        try {
            return Json.parse(body);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }
}

package org.mcpgate.atlassian;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns Jira's error answers (JSON bodies, proxies' HTML pages, network failures) into short, actionable text. */
public final class UpstreamErrors {

    private static final int MAX_DETAIL = 400;
    private static final Pattern HTML_TITLE = Pattern.compile("<title>\\s*(.*?)\\s*</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private UpstreamErrors() {
    }

    /** The error for an HTTP answer outside 2xx. */
    public static UpstreamException fromResponse(String product, int status, String body, String retryAfter,
            Credential credential) {
        String detail = detail(body);
        String message = switch (status) {
            case 400 -> product + " rejected the request: " + orDefault(detail, "bad request") + ".";
            case 401 -> product + " refused the credentials (HTTP 401): " + credential.refusalAdvice() + ".";
            case 403 -> product + " denied permission (HTTP 403)" + suffix(detail)
                    + ". The " + product + " user mcpgate acts as lacks the permission for this;"
                    + " ask a " + product + " administrator, or use another account.";
            case 404 -> product + " found nothing there (HTTP 404)" + suffix(detail) + ".";
            case 407 -> "The proxy between mcpgate and " + product + " wants proxy credentials that mcpgate did not"
                    + " send or that it refused (HTTP 407); set user:password in the proxy URL (" + keyPrefix(product)
                    + "_HTTPS_PROXY, " + keyPrefix(product) + "_HTTP_PROXY, HTTPS_PROXY or HTTP_PROXY).";
            case 429 -> product + " is rate-limiting requests (HTTP 429)"
                    + (retryAfter == null ? "" : "; retry after " + retryAfter + " seconds") + ".";
            default -> status >= 500
                    ? product + " failed to answer (HTTP " + status + ")" + suffix(detail)
                            + ". It may be down or restarting; try again shortly."
                    : product + " answered HTTP " + status + suffix(detail) + ".";
        };
        return new UpstreamException(status, message);
    }

    /** The error for a request that got no HTTP answer at all. */
    public static UpstreamException fromFailure(String product, String baseUrl, Throwable failure, long timeoutSeconds) {
        Throwable cause = rootCause(failure);
        String messages = messages(failure);
        String keys = keyPrefix(product);
        String clientCertificate = "set " + keys + "_CLIENT_CERT and " + keys + "_CLIENT_KEY, or " + keys
                + "_SSL_CONFIG, to a client certificate it accepts (see the README, \"Client certificates\")";
        boolean https = baseUrl.toLowerCase(Locale.ROOT).startsWith("https:");
        String why;
        if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
            why = "no answer within " + timeoutSeconds + " s (raise JIRA_TIMEOUT if " + product + " is slow)";
        } else if (cause instanceof UnknownHostException) {
            why = "the host name does not resolve; check the URL";
        } else if (cause instanceof ConnectException) {
            why = "the connection was refused; check the URL and that " + product + " (and the proxy, if one is"
                    + " configured for it) is running";
        } else if (containsAny(messages, "alert: certificate_required", "alert: bad_certificate", "alert: unknown_ca",
                "alert: certificate_unknown")) {
            why = "it refused the TLS connection for want of a client certificate it accepts; " + clientCertificate;
        } else if (containsAny(messages, "no subject alternative", "no name matching",
                "doesn't match any of the subject alternative names")) {
            why = "its TLS certificate is not issued for this host name; use the name the certificate carries in the"
                    + " URL, or have the certificate reissued with this one";
        } else if (cause instanceof CertificateException || containsAny(messages, "pkix", "certification path",
                "certpath")) {
            why = "its TLS certificate is not trusted; add the CA that issued it to the application server's trust"
                    + " store (see the README, \"Enterprise CAs: the server's trust store\")";
        } else if (containsAny(messages, "unrecognized ssl message", "plaintext connection")) {
            why = "it does not answer TLS on that port; check https:// against http:// and the port in the URL";
        } else if (cause instanceof java.net.SocketException
                || cause.getClass().getSimpleName().equals("NoHttpResponseException")) {
            String certificateHint = https ? "if this happens on every call, " + product + " (or a proxy in front of"
                    + " it) may require a TLS client certificate: " + clientCertificate + "; otherwise " : "";
            why = "the connection was closed without an answer; " + certificateHint + product + " or a proxy in front"
                    + " of it may be restarting, try again shortly";
        } else if (cause instanceof SSLException || containsAny(messages, "handshake")) {
            why = "the TLS handshake failed (" + clip(String.valueOf(cause.getMessage())) + "); check the TLS"
                    + " versions and cipher suites both sides allow";
        } else {
            why = "the connection failed";
        }
        return new UpstreamException(0, "Could not reach " + product + " at " + baseUrl + ": " + why + ".");
    }

    /** {@code JIRA} for "Jira" and "Jira's token endpoint": the prefix of the product's configuration keys. */
    private static String keyPrefix(String product) {
        return product.split("[ ']")[0].toUpperCase(Locale.ROOT);
    }

    /** Every message in the cause chain, lower-cased, for the TLS failures that only their text tells apart. */
    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(' ').append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean containsAny(String text, String... parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Jira's {@code errorMessages} and {@code errors}, Confluence's {@code message}, or an HTML page's title. */
    static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String trimmed = body.strip();
        if (trimmed.startsWith("{")) {
            try {
                return clip(fromJson(Json.parse(trimmed)));
            } catch (JacksonException e) {
                return "";
            }
        }
        Matcher title = HTML_TITLE.matcher(trimmed);
        if (title.find()) {
            return clip("an HTML page titled '" + title.group(1).replaceAll("\\s+", " ") + "' (from "
                    + "Jira or a proxy in front of it)");
        }
        return trimmed.toLowerCase(Locale.ROOT).contains("<html") ? "an HTML error page" : "";
    }

    private static String fromJson(JsonNode node) {
        List<String> parts = new ArrayList<>();
        node.path("errorMessages").forEach(m -> parts.add(m.asString()));
        node.path("errors").properties().forEach(e -> parts.add(e.getKey() + ": " + e.getValue().asString()));
        if (parts.isEmpty() && node.hasNonNull("message")) {
            parts.add(node.get("message").asString());
        }
        return String.join("; ", parts);
    }

    private static String clip(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
    }

    private static String suffix(String detail) {
        return detail.isEmpty() ? "" : ": " + detail;
    }

    private static String orDefault(String detail, String fallback) {
        return detail.isEmpty() ? fallback : detail;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}

package org.mcpgate.jirasim;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer of a fault with a status: Jira's rate limiter for 429, a reverse proxy's HTML page for 502, 503 and 504,
 * Jira's JSON error bodies otherwise; a {@code body} given with the fault replaces the default body.
 */
final class FaultResponses {
    private FaultResponses() {
    }

    static ApiResponse render(Fault fault) {
        ApiResponse response = switch (fault.status) {
            case 429 -> rateLimited(fault);
            case 502, 503, 504 -> proxyPage(fault.status);
            case 401 -> JiraErrors.unauthorized(true);
            case 500 -> ApiResponse.json(500, JiraErrors.body(List.of("Internal server error"), Map.of()));
            default -> ApiResponse.json(fault.status, JiraErrors.body(List.of("Simulated fault"), Map.of()));
        };
        if (fault.body != null) {
            String type = fault.contentType != null ? fault.contentType
                    : fault.body.trim().startsWith("{") || fault.body.trim().startsWith("[") ? ApiResponse.JSON
                    : "text/plain;charset=UTF-8";
            response = new ApiResponse(fault.status, type, fault.body.getBytes(StandardCharsets.UTF_8),
                    response.headers());
        }
        if (fault.retryAfter != null) {
            response = response.withHeader("Retry-After", String.valueOf(fault.retryAfter));
        }
        return response;
    }

    /** Jira DC's token-bucket limiter (8.6+): 429 with Retry-After and the X-RateLimit-* headers. */
    private static ApiResponse rateLimited(Fault fault) {
        ObjectNode body = Json.object();
        body.put("message", "Rate limit exceeded.");
        body.put("status-code", 429);
        return ApiResponse.json(429, body)
                .withHeader("Retry-After", String.valueOf(fault.retryAfter == null ? 1 : fault.retryAfter))
                .withHeader("X-RateLimit-Limit", "20")
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Interval-Seconds", "1")
                .withHeader("X-RateLimit-FillRate", "10");
    }

    /** What nginx in front of Jira answers when Jira is down or slow. */
    private static ApiResponse proxyPage(int status) {
        String reason = switch (status) {
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            default -> "Gateway Time-out";
        };
        String title = status + " " + reason;
        String html = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return ApiResponse.html(status, html).withHeader("Server", "nginx");
    }
}

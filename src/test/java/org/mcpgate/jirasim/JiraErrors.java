package org.mcpgate.jirasim;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** Jira's error bodies, in the exact shapes Jira DC sends them. */
final class JiraErrors {
    static final String NOT_AUTHENTICATED = "Client must be authenticated to access this resource.";
    static final String NOT_ON_SCREEN = "Field '%s' cannot be set. It is not on the appropriate screen, or unknown.";

    private JiraErrors() {
    }

    /** {@code {"errorMessages":[...],"errors":{field: message}}}, the body of most 4xx answers. */
    static ObjectNode body(List<String> messages, Map<String, String> errors) {
        ObjectNode body = Json.object();
        body.set("errorMessages", Json.strings(messages));
        ObjectNode map = body.putObject("errors");
        errors.forEach(map::put);
        return body;
    }

    static JiraException error(int status, List<String> messages, Map<String, String> errors) {
        return new JiraException(ApiResponse.json(status, body(messages, errors)));
    }

    static JiraException badRequest(List<String> messages, Map<String, String> errors) {
        return error(400, messages, errors);
    }

    static JiraException badRequest(String message) {
        return error(400, List.of(message), Map.of());
    }

    static JiraException fieldError(String field, String message) {
        return error(400, List.of(), Map.of(field, message));
    }

    static JiraException notFound(String message) {
        return error(404, List.of(message), Map.of());
    }

    static JiraException issueNotFound() {
        return notFound("Issue Does Not Exist");
    }

    /** Seraph's answer to missing or rejected credentials; the login-reason header only when credentials failed. */
    static ApiResponse unauthorized(boolean credentialsFailed) {
        ObjectNode body = Json.object();
        body.put("message", NOT_AUTHENTICATED);
        body.put("status-code", 401);
        ApiResponse response = ApiResponse.json(401, body).withHeader("X-AUSERNAME", "anonymous");
        return credentialsFailed ? response.withHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED") : response;
    }

    /** Jersey's answer for a resource Jira does not have. */
    static ApiResponse noSuchResource(String url) {
        ObjectNode body = Json.object();
        body.put("message", "null for uri: " + url);
        body.put("status-code", 404);
        return ApiResponse.json(404, body);
    }

    static ApiResponse methodNotAllowed(String allow) {
        ObjectNode body = Json.object();
        body.put("message", "Method Not Allowed");
        body.put("status-code", 405);
        return ApiResponse.json(405, body).withHeader("Allow", allow);
    }
}

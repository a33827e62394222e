package org.mcpgate.jirasim;

/** Carries a ready Jira error answer out of any depth of handler code. */
final class JiraException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ApiResponse response;

    JiraException(ApiResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.response = response;
    }

    ApiResponse response() {
        return response;
    }
}

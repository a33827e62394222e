package org.mcpgate.jirasim;

import java.util.Objects;

/**
 * One registered Jira operation.
 *
 * @param template the wire path with OpenAPI-style variables, e.g. {@code /rest/api/2/issue/{issueIdOrKey}}
 * @param anonymousReadable whether the anonymous-access switch of the control API applies to it
 */
record Route(String method, String template, boolean anonymousReadable, ApiHandler handler) {
    Route {
        Objects.requireNonNull(method);
        Objects.requireNonNull(template);
        Objects.requireNonNull(handler);
    }
}

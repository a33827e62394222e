package org.mcpgate.jirasim;

/** Serves one Jira REST operation; Jira errors leave as {@link JiraException}. */
@FunctionalInterface
interface ApiHandler {
    ApiResponse handle(ApiRequest request);
}

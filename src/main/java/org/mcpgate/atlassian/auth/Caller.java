package org.mcpgate.atlassian.auth;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the edge learned about who is calling: the per-request headers that carry Atlassian credentials or an
 * instance URL. Header names are matched case-insensitively; {@code toString} never shows a value.
 */
public final class Caller {

    public static final String AUTHORIZATION = "Authorization";
    public static final String JIRA_PERSONAL_TOKEN = "X-Atlassian-Jira-Personal-Token";
    public static final String JIRA_URL = "X-Atlassian-Jira-Url";
    public static final String CLOUD_ID = "X-Atlassian-Cloud-Id";
    static final java.util.List<String> HEADERS = java.util.List.of(AUTHORIZATION, JIRA_PERSONAL_TOKEN, JIRA_URL,
            CLOUD_ID);

    /** A caller that sent nothing: stdio-like use, tests, health checks. */
    public static final Caller ANONYMOUS = new Caller(Map.of());

    private final Map<String, String> headers;
    private final Optional<String> upstreamGrant;

    private Caller(Map<String, String> headers, Optional<String> upstreamGrant) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        this.headers = copy;
        this.upstreamGrant = upstreamGrant;
    }

    private Caller(Map<String, String> headers) {
        this(headers, Optional.empty());
    }

    /**
     * A person signed in through mcpgate's OAuth proxy: they act through their own stored Atlassian grant. Their
     * request's headers are not kept: its Authorization header holds mcpgate's token, never to be sent upstream.
     */
    public static Caller signedIn(String upstreamGrantId) {
        return new Caller(Map.of(), Optional.of(upstreamGrantId));
    }

    /** The id of the stored Atlassian grant this caller acts through, when signed in through the OAuth proxy. */
    public Optional<String> upstreamGrant() {
        return upstreamGrant;
    }

    /** The caller from the request's headers, reading only the ones mcpgate understands. */
    public static Caller fromHeaders(java.util.function.Function<String, String> header) {
        Map<String, String> found = new java.util.HashMap<>();
        for (String name : HEADERS) {
            String value = header.apply(name);
            if (value != null && !value.isBlank()) {
                found.put(name, value.strip());
            }
        }
        return found.isEmpty() ? ANONYMOUS : new Caller(found);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public String toString() {
        return "Caller" + headers.keySet() + upstreamGrant.map(g -> "[grant " + g + "]").orElse("");
    }
}

package org.mcpgate.oauth.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds redirect URIs: the client's own, with the response's parameters added to its query. */
public final class Redirects {

    private Redirects() {
    }

    /** {@code uri} with the parameters appended (empty values left out), keeping any query it already has. */
    public static String with(String uri, Map<String, String> parameters) {
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? uri : uri + (uri.contains("?") ? "&" : "?") + query;
    }
}

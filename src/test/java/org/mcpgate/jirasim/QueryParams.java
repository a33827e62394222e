package org.mcpgate.jirasim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A decoded query string; repeated parameters keep every value, as Jira's {@code fields=a&fields=b} needs. */
final class QueryParams {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    static QueryParams parse(String rawQuery) {
        QueryParams params = new QueryParams();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The first value, or null when absent. */
    String get(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** All values joined by commas: the form Jira accepts for list parameters such as fields and expand. */
    String joined(String name) {
        List<String> list = values.get(name);
        return list == null ? null : String.join(",", list);
    }

    /** An integer parameter; absent or unparsable values fall back to the default, as Jira's resources do. */
    int integer(String name, int fallback) {
        String value = get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    boolean bool(String name, boolean fallback) {
        String value = get(name);
        return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value.trim());
    }
}

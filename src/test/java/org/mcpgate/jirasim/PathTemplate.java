package org.mcpgate.jirasim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Segment-wise matching of a path against a template such as {@code /api/2/issue/{issueIdOrKey}}. */
final class PathTemplate {
    private PathTemplate() {
    }

    static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    static boolean isVariable(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    /** The variables bound by a match, or empty when the path does not fit the template. */
    static Optional<Map<String, String>> match(String template, String path) {
        String[] want = segments(template);
        String[] have = segments(path);
        if (want.length != have.length) {
            return Optional.empty();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (isVariable(want[i])) {
                if (have[i].isEmpty()) {
                    return Optional.empty();
                }
                vars.put(want[i].substring(1, want[i].length() - 1), java.net.URLDecoder.decode(have[i],
                        java.nio.charset.StandardCharsets.UTF_8));
            } else if (!want[i].equals(have[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(vars);
    }

    /** How many literal segments a template has: the more, the more specific its match. */
    static int literalCount(String template) {
        int count = 0;
        for (String segment : segments(template)) {
            if (!isVariable(segment)) {
                count++;
            }
        }
        return count;
    }
}

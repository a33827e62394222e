package org.mcpgate.jirasim;

import java.util.Arrays;
import java.util.Locale;

/**
 * The {@code ~} operator, simplified: case-insensitive; a query in inner quotes is a phrase, otherwise every word
 * must occur; trailing {@code *} wildcards are dropped.
 */
final class JqlText {
    private JqlText() {
    }

    static boolean matches(String haystack, String query) {
        if (haystack == null) {
            return false;
        }
        String text = haystack.toLowerCase(Locale.ROOT);
        String q = query.trim().toLowerCase(Locale.ROOT);
        if (q.length() > 1 && q.startsWith("\"") && q.endsWith("\"")) {
            return text.contains(q.substring(1, q.length() - 1));
        }
        return Arrays.stream(q.split("\\s+"))
                .map(word -> word.replaceAll("[*?]+$", ""))
                .filter(word -> !word.isEmpty())
                .allMatch(text::contains);
    }
}

package org.mcpgate.oauth.domain;

import java.time.Duration;
import java.util.Locale;

/**
 * What fetching a Client ID Metadata Document returned, before its content is trusted.
 *
 * @param contentType the Content-Type header, or an empty string
 * @param cacheControl the Cache-Control header, or an empty string
 * @param body the body decoded as UTF-8 (RFC 8259 §8.1); empty unless the status was 200
 */
record FetchedDocument(int status, String contentType, String cacheControl, String body) {

    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    static final Duration MAX_LIFETIME = Duration.ofHours(1);

    /** {@code application/json} or a {@code +json} type, with or without parameters. */
    boolean isJson() {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /**
     * How long the document may be reused (draft-ietf-oauth-client-id-metadata-document §5.2 asks to respect HTTP
     * caching): {@code max-age} capped at an hour so a client's change reaches mcpgate, nothing for {@code no-store}
     * or {@code no-cache}, five minutes when the server says nothing.
     */
    Duration lifetime() {
        Duration lifetime = DEFAULT_LIFETIME;
        for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
            String d = directive.strip();
            if (d.equals("no-store") || d.equals("no-cache")) {
                return Duration.ZERO;
            }
            if (d.startsWith("max-age=")) {
                lifetime = maxAge(d.substring("max-age=".length()).replace("\"", ""));
            }
        }
        return lifetime;
    }

    private static Duration maxAge(String seconds) {
        if (!seconds.matches("[0-9]+")) {
            return DEFAULT_LIFETIME;
        }
        if (seconds.length() > 10) {
            return MAX_LIFETIME;
        }
        Duration age = Duration.ofSeconds(Long.parseLong(seconds));
        return age.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : age;
    }
}

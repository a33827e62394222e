package org.mcpgate.jirasim;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The switches of the simulated OAuth 2.0 provider, set through {@code POST /_sim/oauth/settings} (members may be
 * given one at a time) and restored by {@code /_sim/reset}:
 * <ul>
 * <li>{@code autoConsent} (default true): an authenticated user's authorize request redirects back with a code at
 * once; false shows the consent page with its Allow and Deny buttons first</li>
 * <li>{@code codeSeconds} (default 10, Jira's): how long an authorization code may be exchanged</li>
 * <li>{@code accessTokenSeconds} (default 7200, Jira's): {@code expires_in} and the life of access tokens</li>
 * <li>{@code refreshTokenSeconds} (default 90 days): the life of refresh tokens</li>
 * <li>{@code refreshNeedsRedirectUri} (default true): the refresh grant must repeat the client's
 * {@code redirect_uri}, as Jira DC's provider insists; false accepts a refresh without it (a wrong one is always
 * refused)</li>
 * </ul>
 * Lifetimes of 0 make codes or tokens expire as they are issued. Thread-safe.
 */
final class OAuthSettings {
    static final int DEFAULT_CODE_SECONDS = 10;
    static final int DEFAULT_ACCESS_TOKEN_SECONDS = 7200;
    static final int DEFAULT_REFRESH_TOKEN_SECONDS = 90 * 24 * 3600;

    private boolean autoConsent;
    private int codeSeconds;
    private int accessTokenSeconds;
    private int refreshTokenSeconds;
    private boolean refreshNeedsRedirectUri;

    OAuthSettings() {
        reset();
    }

    synchronized void reset() {
        autoConsent = true;
        codeSeconds = DEFAULT_CODE_SECONDS;
        accessTokenSeconds = DEFAULT_ACCESS_TOKEN_SECONDS;
        refreshTokenSeconds = DEFAULT_REFRESH_TOKEN_SECONDS;
        refreshNeedsRedirectUri = true;
    }

    synchronized boolean autoConsent() {
        return autoConsent;
    }

    synchronized int codeSeconds() {
        return codeSeconds;
    }

    synchronized int accessTokenSeconds() {
        return accessTokenSeconds;
    }

    synchronized int refreshTokenSeconds() {
        return refreshTokenSeconds;
    }

    synchronized boolean refreshNeedsRedirectUri() {
        return refreshNeedsRedirectUri;
    }

    /** Applies the members given; an unknown member or a bad value changes nothing and is a 400. */
    synchronized ObjectNode update(JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("give an object, e.g. {\"autoConsent\":false,\"codeSeconds\":1}");
        }
        for (Map.Entry<String, JsonNode> member : body.properties()) {
            switch (member.getKey()) {
                case "autoConsent", "refreshNeedsRedirectUri" -> bool(member);
                case "codeSeconds", "accessTokenSeconds", "refreshTokenSeconds" -> seconds(member);
                default -> throw new IllegalArgumentException("unknown OAuth setting " + member.getKey()
                        + "; known: autoConsent, codeSeconds, accessTokenSeconds, refreshTokenSeconds,"
                        + " refreshNeedsRedirectUri");
            }
        }
        JsonNode value;
        if ((value = body.get("autoConsent")) != null) {
            autoConsent = value.asBoolean();
        }
        if ((value = body.get("refreshNeedsRedirectUri")) != null) {
            refreshNeedsRedirectUri = value.asBoolean();
        }
        if ((value = body.get("codeSeconds")) != null) {
            codeSeconds = value.asInt();
        }
        if ((value = body.get("accessTokenSeconds")) != null) {
            accessTokenSeconds = value.asInt();
        }
        if ((value = body.get("refreshTokenSeconds")) != null) {
            refreshTokenSeconds = value.asInt();
        }
        return toJson();
    }

    synchronized ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("autoConsent", autoConsent);
        json.put("codeSeconds", codeSeconds);
        json.put("accessTokenSeconds", accessTokenSeconds);
        json.put("refreshTokenSeconds", refreshTokenSeconds);
        json.put("refreshNeedsRedirectUri", refreshNeedsRedirectUri);
        return json;
    }

    private static void bool(Map.Entry<String, JsonNode> member) {
        if (!member.getValue().isBoolean()) {
            throw new IllegalArgumentException(member.getKey() + " is true or false");
        }
    }

    private static void seconds(Map.Entry<String, JsonNode> member) {
        if (!member.getValue().isIntegralNumber() || member.getValue().asLong() < 0
                || member.getValue().asLong() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(member.getKey() + " is a whole number of seconds, 0 or more");
        }
    }
}

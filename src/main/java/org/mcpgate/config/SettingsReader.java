package org.mcpgate.config;

import static org.mcpgate.config.ConfigKeys.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads and validates the settings from a key lookup (MicroProfile Config in the server, a map in unit tests).
 * It collects every problem before failing, so an admin fixes the configuration in one round.
 */
public final class SettingsReader {

    static final List<String> LOOPBACK_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");
    static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    static final int DEFAULT_TIMEOUT_SECONDS = 30;

    private final Function<String, Optional<String>> lookup;
    private final List<String> problems = new ArrayList<>();

    public SettingsReader(Function<String, Optional<String>> lookup) {
        this.lookup = key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Everything this server needs, or a {@link ConfigurationException} naming each key to fix. */
    public Settings read() {
        JiraSettings jira = readJira();
        EdgeSettings edge = readEdge();
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new Settings(jira, edge);
    }

    private JiraSettings readJira() {
        Optional<String> urlText = lookup.apply(JIRA_URL);
        if (urlText.isEmpty()) {
            problems.add(JIRA_URL + " is not set: set it to the base URL of your Jira Data Center,"
                    + " e.g. https://jira.example.com");
        }
        URI url = urlText.map(this::jiraUrl).orElse(null);
        Optional<String> pat = lookup.apply(JIRA_PERSONAL_TOKEN);
        Optional<String> username = lookup.apply(JIRA_USERNAME);
        Optional<String> apiToken = lookup.apply(JIRA_API_TOKEN);
        checkCredentials(pat, username, apiToken);
        boolean sslVerify = bool(JIRA_SSL_VERIFY, true);
        int timeout = positiveInt(JIRA_TIMEOUT, DEFAULT_TIMEOUT_SECONDS, "a number of seconds");
        return url == null ? null
                : new JiraSettings(url, pat, username, apiToken, sslVerify, Duration.ofSeconds(timeout));
    }

    private void checkCredentials(Optional<String> pat, Optional<String> username, Optional<String> apiToken) {
        boolean basic = username.isPresent() || apiToken.isPresent();
        if (pat.isPresent() && basic) {
            problems.add(JIRA_PERSONAL_TOKEN + " and " + JIRA_USERNAME + "/" + JIRA_API_TOKEN
                    + " are both set: keep " + JIRA_PERSONAL_TOKEN + " for a personal access token,"
                    + " or the username and API token (or password) for Basic authentication, not both");
        } else if (username.isPresent() && apiToken.isEmpty()) {
            problems.add(JIRA_USERNAME + " is set without " + JIRA_API_TOKEN
                    + ": set " + JIRA_API_TOKEN + " to the user's password (Data Center) or API token (Cloud),"
                    + " or use " + JIRA_PERSONAL_TOKEN + " instead");
        } else if (apiToken.isPresent() && username.isEmpty()) {
            problems.add(JIRA_API_TOKEN + " is set without " + JIRA_USERNAME
                    + ": set " + JIRA_USERNAME + " to the Jira username (or e-mail on Cloud)");
        } else if (pat.isEmpty() && !basic) {
            problems.add("No Jira credentials: set " + JIRA_PERSONAL_TOKEN
                    + " to a personal access token (Jira profile > Personal Access Tokens), or "
                    + JIRA_USERNAME + " and " + JIRA_API_TOKEN);
        }
    }

    private URI jiraUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        problems.add(JIRA_URL + " is not a valid http(s) base URL: '" + value
                + "'; set it like https://jira.example.com or https://example.com/jira");
        return null;
    }

    private EdgeSettings readEdge() {
        List<String> hosts = Stream.concat(LOOPBACK_HOSTS.stream().flatMap(h -> Stream.of(h, h + ":*")),
                list(ALLOWED_HOSTS).stream()).distinct().toList();
        List<String> origins = Stream.concat(
                LOOPBACK_HOSTS.stream().flatMap(h -> Stream.of("http://" + h, "http://" + h + ":*",
                        "https://" + h, "https://" + h + ":*")),
                list(ALLOWED_ORIGINS).stream()).distinct().toList();
        int maxBytes = positiveInt(MAX_REQUEST_BYTES, DEFAULT_MAX_REQUEST_BYTES, "a number of bytes");
        return new EdgeSettings(hosts, origins, maxBytes);
    }

    private List<String> list(String key) {
        return lookup.apply(key).map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    private boolean bool(String key, boolean defaultValue) {
        return lookup.apply(key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> {
                problems.add(key + " must be true or false, not '" + v + "'");
                yield defaultValue;
            }
        }).orElse(defaultValue);
    }

    private int positiveInt(String key, int defaultValue, String what) {
        return lookup.apply(key).map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problems.add(key + " must be a positive whole number (" + what + "), not '" + v + "'");
            return defaultValue;
        }).orElse(defaultValue);
    }
}

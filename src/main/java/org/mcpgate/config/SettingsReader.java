package org.mcpgate.config;

import static org.mcpgate.config.ConfigKeys.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.mcpgate.atlassian.tls.LibertySsl;
import org.mcpgate.atlassian.tls.PemIdentity;

/**
 * Reads and validates the settings from a key lookup (MicroProfile Config in the server, a map in unit tests).
 * It collects every problem before failing, so an admin fixes the configuration in one round.
 */
public final class SettingsReader {

    static final List<String> LOOPBACK_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");
    static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    static final int DEFAULT_TIMEOUT_SECONDS = 30;

    private final Function<String, Optional<String>> lookup;
    private final Predicate<String> isSet;
    private final List<String> problems = new ArrayList<>();
    private boolean proxyEnabled;

    /** @param lookup a key's value; an empty value counts as set (a list set but empty means "none") */
    public SettingsReader(Function<String, Optional<String>> lookup) {
        this(lookup, key -> lookup.apply(key).isPresent());
    }

    /**
     * @param isSet whether a key is set at all, even to an empty value: MicroProfile Config reads an empty value as
     *        missing, yet "set but empty" means "allow none" for an allowlist
     */
    public SettingsReader(Function<String, Optional<String>> lookup, Predicate<String> isSet) {
        this.lookup = key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        this.isSet = isSet;
    }

    /** Everything this server needs, or a {@link ConfigurationException} naming each key to fix. */
    public Settings read() {
        proxyEnabled = bool(OAUTH_PROXY_ENABLE, false);
        JiraSettings jira = readJira();
        EdgeSettings edge = readEdge();
        JiraSettings.Transport transport = readTransport();
        ProxySettings proxy = proxyEnabled ? new ProxySettingsReader(this).read(jira)
                : ProxySettings.DISABLED;
        ToolPolicy tools = readToolPolicy();
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        jira = jira.withTransport(transport);
        return new Settings(jira, edge, proxy, tools);
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
        Optional<String> accessToken = lookup.apply(OAUTH_ACCESS_TOKEN);
        PerRequestSettings perRequest = readPerRequest();
        Optional<String> cloudId = lookup.apply(OAUTH_CLOUD_ID);
        Optional<OAuthClientSettings> oauthClient = readOAuthClient(cloudId);
        if (proxyEnabled) {
            new ProxySettingsReader(this).checkCredentials(pat.isPresent() || username.isPresent()
                    || apiToken.isPresent() || accessToken.isPresent(), perRequest.enabled());
        } else {
            checkCredentials(pat, username, apiToken, accessToken.isPresent(), oauthClient.isPresent(), perRequest);
        }
        boolean sslVerify = bool(JIRA_SSL_VERIFY, true);
        int timeout = positiveInt(JIRA_TIMEOUT, DEFAULT_TIMEOUT_SECONDS, "a number of seconds");
        Map<String, String> headers = customHeaders();
        return url == null ? null
                : new JiraSettings(url, pat, username, apiToken, accessToken, cloudId, oauthClient, perRequest,
                        sslVerify, Duration.ofSeconds(timeout), headers);
    }

    private PerRequestSettings readPerRequest() {
        boolean enabled = bool(OAUTH_ENABLE, false);
        boolean fallback = bool(ALLOW_GLOBAL_CRED_FALLBACK, false);
        boolean ignoreAuthorization = bool(IGNORE_HEADER_AUTH, false);
        List<String> domains = list(MCP_ALLOWED_URL_DOMAINS).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        return new PerRequestSettings(enabled, fallback, ignoreAuthorization, domains);
    }

    /** {@code Name=value,Other=value}, as mcp-atlassian takes it; never a header that carries credentials. */
    private Map<String, String> customHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String pair : list(JIRA_CUSTOM_HEADERS)) {
            int eq = pair.indexOf('=');
            String name = eq > 0 ? pair.substring(0, eq).strip() : "";
            if (!name.matches("[A-Za-z0-9-]+")) {
                problems.add(JIRA_CUSTOM_HEADERS + " must list Name=value pairs separated by commas, e.g."
                        + " X-Request-Source=mcpgate; '" + pair + "' is not one");
            } else if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Cookie")) {
                problems.add(JIRA_CUSTOM_HEADERS + " may not set " + name + ": credentials come from the"
                        + " authentication settings");
            } else {
                headers.put(name, pair.substring(eq + 1).strip());
            }
        }
        return headers;
    }

    /** mcpgate's OAuth client at Atlassian, when its id is set: then secret and redirect URI are required too. */
    private Optional<OAuthClientSettings> readOAuthClient(Optional<String> cloudId) {
        Optional<String> id = lookup.apply(OAUTH_CLIENT_ID);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> secret = lookup.apply(OAUTH_CLIENT_SECRET);
        Optional<URI> redirect = lookup.apply(OAUTH_REDIRECT_URI).map(v -> httpUrl(OAUTH_REDIRECT_URI, v));
        if (secret.isEmpty()) {
            problems.add(OAUTH_CLIENT_ID + " is set without " + OAUTH_CLIENT_SECRET + ": set the client secret of"
                    + " the application link (Jira: Administration > Applications > Application links)");
        }
        if (lookup.apply(OAUTH_REDIRECT_URI).isEmpty()) {
            problems.add(OAUTH_CLIENT_ID + " is set without " + OAUTH_REDIRECT_URI + ": set it to this server's"
                    + (proxyEnabled ? " OAuth proxy callback, e.g. https://mcp.example.com/oauth/callback"
                            : " admin callback, e.g. https://mcp.example.com/admin/oauth/callback")
                    + ", the redirect URL registered with the application link");
        } else if (!proxyEnabled && redirect.isPresent() && !redirect.get().getPath().endsWith(CALLBACK_PATH)) {
            problems.add(OAUTH_REDIRECT_URI + " must end with " + CALLBACK_PATH + ", the admin page's callback"
                    + ", not '" + redirect.get().getPath() + "'");
        }
        // Atlassian Cloud needs the site's cloud id, as with mcp-atlassian; without one, Jira DC's own provider
        boolean cloud = cloudId.isPresent();
        String scope = lookup.apply(OAUTH_SCOPE).orElse(cloud
                ? "read:jira-work write:jira-work read:jira-user offline_access" : "WRITE");
        URI authorizeUrl = lookup.apply(OAUTH_AUTHORIZE_URL).map(v -> httpUrl(OAUTH_AUTHORIZE_URL, v))
                .orElse(URI.create("https://auth.atlassian.com/authorize"));
        URI tokenUrl = lookup.apply(OAUTH_TOKEN_URL).map(v -> httpUrl(OAUTH_TOKEN_URL, v))
                .orElse(URI.create("https://auth.atlassian.com/oauth/token"));
        URI apiGateway = lookup.apply(OAUTH_API_GATEWAY).map(v -> httpUrl(OAUTH_API_GATEWAY, v))
                .orElse(URI.create("https://api.atlassian.com"));
        if (secret.isEmpty() || redirect.isEmpty() || authorizeUrl == null || tokenUrl == null || apiGateway == null) {
            return Optional.empty();
        }
        return Optional.of(new OAuthClientSettings(id.get(), secret.get(), redirect.get(), scope, cloud, cloudId,
                authorizeUrl, tokenUrl, apiGateway));
    }

    /** The admin page's route that Atlassian redirects back to after the administrator consents. */
    public static final String CALLBACK_PATH = "/admin/oauth/callback";

    URI httpUrl(String key, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        problems.add(key + " is not a valid http(s) URL: '" + value + "'");
        return null;
    }

    private void checkCredentials(Optional<String> pat, Optional<String> username, Optional<String> apiToken,
            boolean broughtToken, boolean oauthConnection, PerRequestSettings perRequest) {
        boolean basic = username.isPresent() || apiToken.isPresent();
        long modes = Stream.of(pat.isPresent(), basic, broughtToken, oauthConnection).filter(b -> b).count();
        if (modes > 1) {
            problems.add("More than one server-wide Jira credential is set (" + JIRA_PERSONAL_TOKEN + ", "
                    + JIRA_USERNAME + "/" + JIRA_API_TOKEN + ", " + OAUTH_ACCESS_TOKEN + ", " + OAUTH_CLIENT_ID
                    + "): keep exactly one");
        } else if (perRequest.allowGlobalFallback() && modes == 0) {
            problems.add(ALLOW_GLOBAL_CRED_FALLBACK + "=true needs a server-wide credential to fall back to: set "
                    + JIRA_PERSONAL_TOKEN + " (or another), or remove " + ALLOW_GLOBAL_CRED_FALLBACK);
        } else if (username.isPresent() && apiToken.isEmpty()) {
            problems.add(JIRA_USERNAME + " is set without " + JIRA_API_TOKEN
                    + ": set " + JIRA_API_TOKEN + " to the user's password (Data Center) or API token (Cloud),"
                    + " or use " + JIRA_PERSONAL_TOKEN + " instead");
        } else if (apiToken.isPresent() && username.isEmpty()) {
            problems.add(JIRA_API_TOKEN + " is set without " + JIRA_USERNAME
                    + ": set " + JIRA_USERNAME + " to the Jira username (or e-mail on Cloud)");
        } else if (modes == 0 && !perRequest.enabled()) {
            problems.add("No Jira credentials: set " + JIRA_PERSONAL_TOKEN
                    + " to a personal access token (Jira profile > Personal Access Tokens), or "
                    + JIRA_USERNAME + " and " + JIRA_API_TOKEN + ", or " + OAUTH_ACCESS_TOKEN + "; or set "
                    + OAUTH_ENABLE + "=true so that each request brings its user's own credential");
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

    /** TOOLSETS (names, {@code all}, {@code default}), ENABLED_TOOLS and READ_ONLY_MODE. */
    private ToolPolicy readToolPolicy() {
        Optional<Set<String>> toolsets = lookup.apply(TOOLSETS).map(v -> {
            Set<String> named = new LinkedHashSet<>();
            for (String name : list(TOOLSETS)) {
                switch (name.toLowerCase(Locale.ROOT)) {
                    case "all" -> named.addAll(ToolPolicy.TOOLSETS);
                    case "default" -> named.addAll(ToolPolicy.DEFAULT_TOOLSETS);
                    default -> {
                        if (ToolPolicy.TOOLSETS.contains(name)) {
                            named.add(name);
                        } else {
                            problems.add(TOOLSETS + " names '" + name + "', which is not a toolset: use all, default or"
                                    + " some of " + String.join(", ", ToolPolicy.TOOLSETS));
                        }
                    }
                }
            }
            return named;
        });
        Optional<Set<String>> enabled = lookup.apply(ENABLED_TOOLS)
                .map(v -> Set.copyOf(list(ENABLED_TOOLS)));
        List<String> projects = list(JIRA_PROJECTS_FILTER).stream().map(p -> p.toUpperCase(Locale.ROOT)).toList();
        projects.stream().filter(p -> !p.matches("[A-Z][A-Z0-9_]*")).forEach(p -> problems.add(JIRA_PROJECTS_FILTER
                + " lists '" + p + "', which is not a project key: list keys such as PROJ,OPS"));
        return new ToolPolicy(toolsets, enabled, bool(READ_ONLY_MODE, false), projects);
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

    Optional<String> value(String key) {
        return lookup.apply(key);
    }

    boolean isSet(String key) {
        return isSet.test(key);
    }

    void problem(String message) {
        problems.add(message);
    }

    List<String> list(String key) {
        return lookup.apply(key).map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    boolean bool(String key, boolean defaultValue) {
        return lookup.apply(key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> {
                problems.add(key + " must be true or false, not '" + v + "'");
                yield defaultValue;
            }
        }).orElse(defaultValue);
    }

    int positiveInt(String key, int defaultValue, String what) {
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

    /** Client certificate and proxies to Jira; the trust store is the server's, never a setting here. */
    private JiraSettings.Transport readTransport() {
        Optional<Path> certificate = lookup.apply(JIRA_CLIENT_CERT).map(Path::of);
        Optional<Path> key = lookup.apply(JIRA_CLIENT_KEY).map(Path::of);
        Optional<String> sslConfig = lookup.apply(JIRA_SSL_CONFIG);
        if (certificate.isPresent() != key.isPresent()) {
            String set = certificate.isPresent() ? JIRA_CLIENT_CERT : JIRA_CLIENT_KEY;
            String missing = certificate.isPresent() ? JIRA_CLIENT_KEY : JIRA_CLIENT_CERT;
            problems.add(set + " is set without " + missing + ": set " + JIRA_CLIENT_CERT + " to the PEM certificate"
                    + " chain and " + JIRA_CLIENT_KEY + " to its unencrypted PKCS#8 private key");
        } else if (certificate.isPresent() && sslConfig.isPresent()) {
            problems.add(JIRA_SSL_CONFIG + " and " + JIRA_CLIENT_CERT + "/" + JIRA_CLIENT_KEY + " are both set: keep"
                    + " one source of the client certificate");
        } else if (certificate.isPresent()) {
            problems.addAll(PemIdentity.read(JIRA_CLIENT_CERT, certificate.get(), JIRA_CLIENT_KEY, key.get())
                    .problems());
        }
        sslConfig.ifPresent(id -> {
            if (lookup.apply(JIRA_SSL_VERIFY).filter(v -> List.of("false", "no", "0", "off")
                    .contains(v.toLowerCase(Locale.ROOT))).isPresent()) {
                problems.add(JIRA_SSL_VERIFY + "=false cannot apply to " + JIRA_SSL_CONFIG + ": the <ssl id=\"" + id
                        + "\"> element decides trust; remove " + JIRA_SSL_VERIFY);
            }
            if (LibertySsl.exists(id).filter(exists -> !exists).isPresent()) {
                problems.add(JIRA_SSL_CONFIG + " names <ssl id=\"" + id + "\">, which the server configuration does not"
                        + " define; add it (with a keyStoreRef holding the client certificate) or fix the id");
            }
        });
        Optional<JiraSettings.Proxy> http = proxy(JIRA_HTTP_PROXY, HTTP_PROXY, HTTP_PROXY_LOWERCASE);
        Optional<JiraSettings.Proxy> https = proxy(JIRA_HTTPS_PROXY, HTTPS_PROXY, HTTPS_PROXY_LOWERCASE);
        List<String> noProxy = Stream.of(JIRA_NO_PROXY, NO_PROXY, NO_PROXY_LOWERCASE)
                .filter(k -> lookup.apply(k).isPresent()).findFirst().map(this::list).orElse(List.of());
        return new JiraSettings.Transport(certificate, key, sslConfig, http, https, noProxy);
    }

    /** The first of these keys that is set, as a proxy URL: {@code http://[user:password@]host[:port]}. */
    private Optional<JiraSettings.Proxy> proxy(String... keys) {
        for (String key : keys) {
            Optional<String> value = lookup.apply(key);
            if (value.isPresent()) {
                return proxyUrl(key, value.get());
            }
        }
        return Optional.empty();
    }

    private Optional<JiraSettings.Proxy> proxyUrl(String key, String value) {
        String shown = value.contains("@") ? "(not shown: it holds credentials)" : "'" + value + "'";
        try {
            URI uri = new URI(value.contains("://") ? value : "http://" + value);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http")) {
                problems.add(key + " must be an http:// proxy URL, not " + scheme + "://" + (scheme.startsWith("socks")
                        ? " (SOCKS proxies are not supported)" : "") + "; HTTPS to Jira still goes end to end"
                        + " through an http:// proxy's CONNECT tunnel");
                return Optional.empty();
            }
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
            if (uri.getHost() != null && bare) {
                String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                        : uri.getHost();
                String userInfo = uri.getUserInfo();
                Optional<String> user = Optional.ofNullable(userInfo).map(u -> u.contains(":")
                        ? u.substring(0, u.indexOf(':')) : u).filter(u -> !u.isEmpty());
                Optional<String> password = Optional.ofNullable(userInfo).filter(u -> u.contains(":"))
                        .map(u -> u.substring(u.indexOf(':') + 1));
                return Optional.of(new JiraSettings.Proxy(host, uri.getPort() > 0 ? uri.getPort() : 80, user,
                        password, key));
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        problems.add(key + " is not a valid proxy URL " + shown + "; set it like http://proxy.example.com:3128 or"
                + " http://user:password@proxy.example.com:3128 (percent-encode special characters)");
        return Optional.empty();
    }
}

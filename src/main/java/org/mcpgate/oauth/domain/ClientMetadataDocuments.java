package org.mcpgate.oauth.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Client ID Metadata Documents (draft-ietf-oauth-client-id-metadata-document; MCP authorization 2025-11-25): a client
 * whose id is an https URL is described by the JSON document at that URL. mcpgate checks the URL, refuses to reach
 * non-public addresses (the fetch is made on the client's say-so, a server-side request forgery risk), fetches with
 * tight limits, validates the document like a registration, and caches the outcome, failures included, so that
 * repeated authorizations do not turn mcpgate into a request amplifier.
 */
public final class ClientMetadataDocuments {

    static final Duration FAILURE_LIFETIME = Duration.ofSeconds(30);
    static final int CACHE_CAPACITY = 500;

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A resolved client or the refusal, kept alike in the cache. */
    private record Outcome(RegisteredClient client, OAuthError failure) {

        RegisteredClient clientOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return client;
        }
    }

    private final RedirectUriPolicy policy;
    private final Set<String> allowedGrantTypes;
    private final Set<String> allowedPrivateHosts;
    private final Clock clock;
    private final Resolver resolver;
    private final Function<URI, FetchedDocument> fetch;
    private final ExpiringCache<String, Outcome> cache = new ExpiringCache<>(CACHE_CAPACITY);

    /**
     * @param allowedPrivateHosts hosts that may resolve to non-public addresses, for internal clients
     *     ({@code MCPGATE_OAUTH_METADATA_PRIVATE_HOSTS}); compared with the URL's host as written there
     *     ({@code [::1]} for IPv6), case-insensitively
     */
    public ClientMetadataDocuments(RedirectUriPolicy policy, Set<String> allowedGrantTypes,
            List<String> allowedPrivateHosts, Clock clock) {
        this(policy, allowedGrantTypes, allowedPrivateHosts, clock, DocumentFetcher.defaultClient());
    }

    /** As above, with the HTTP client to fetch with (one routed through a proxy, say); it must not follow redirects. */
    public ClientMetadataDocuments(RedirectUriPolicy policy, Set<String> allowedGrantTypes,
            List<String> allowedPrivateHosts, Clock clock, HttpClient client) {
        this(policy, allowedGrantTypes, allowedPrivateHosts, clock, InetAddress::getAllByName,
                new DocumentFetcher(client, DocumentFetcher.TOTAL_TIMEOUT)::fetch);
    }

    ClientMetadataDocuments(RedirectUriPolicy policy, Set<String> allowedGrantTypes, List<String> allowedPrivateHosts,
            Clock clock, Resolver resolver, Function<URI, FetchedDocument> fetch) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.allowedGrantTypes = ClientMetadata.requireKnownGrantTypes(allowedGrantTypes);
        this.allowedPrivateHosts = allowedPrivateHosts.stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    /** Whether a client id names a metadata document (an https URL) rather than a client mcpgate registered. */
    public static boolean isMetadataDocumentId(String clientId) {
        return ClientIdUrl.looksLikeUrl(clientId);
    }

    /**
     * The client the document at {@code clientIdUrl} describes, from the cache while it is fresh.
     *
     * @throws OAuthError {@code invalid_client} naming the rule the URL, the fetch or the document broke
     */
    public RegisteredClient resolve(String clientIdUrl) {
        URI url = ClientIdUrl.parse(clientIdUrl);
        Instant now = clock.instant();
        Optional<Outcome> cached = cache.get(clientIdUrl, now);
        if (cached.isPresent()) {
            return cached.get().clientOrThrow();
        }
        try {
            FetchedDocument document = fetchChecked(url, clientIdUrl);
            RegisteredClient client = validate(document, clientIdUrl, now);
            cache.put(clientIdUrl, new Outcome(client, null), now, now.plus(document.lifetime()));
            return client;
        } catch (OAuthError e) {
            cache.put(clientIdUrl, new Outcome(null, e), now, now.plus(FAILURE_LIFETIME));
            throw e;
        }
    }

    private FetchedDocument fetchChecked(URI url, String clientId) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (!allowedPrivateHosts.contains(host)) {
            requirePublicAddresses(host, clientId);
        }
        FetchedDocument document = fetch.apply(url);
        if (document.status() != 200) {
            throw refused(clientId, "answered HTTP " + document.status() + ", not 200 (redirects are not followed)");
        }
        if (!document.isJson()) {
            throw refused(clientId, "answered with the content type " + Quoted.of(document.contentType())
                    + ", not application/json");
        }
        return document;
    }

    /**
     * Refuses a host any of whose addresses is not public. The HTTP client resolves the name again when it
     * connects, and java.net.http offers no way to connect to an address checked here while keeping TLS name
     * checks on the host: a DNS-rebinding window remains. It is narrow in practice, since the JVM caches the
     * successful lookup made here (networkaddress.cache.ttl, 30 s by default) and the second lookup reads that cache.
     */
    private void requirePublicAddresses(String host, String clientId) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw refused(clientId, "names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = PrivateAddresses.kindOf(address);
            if (kind.isPresent()) {
                throw refused(clientId, "names a host that resolves to " + address.getHostAddress() + ", which is"
                        + " not public: " + kind.get() + "; mcpgate fetches metadata documents from public addresses"
                        + " only (an administrator can allow internal hosts)");
            }
        }
    }

    private RegisteredClient validate(FetchedDocument document, String clientId, Instant now) {
        try {
            JsonNode object = ClientMetadata.parseObject(document.body(), "The document");
            JsonNode id = object.get("client_id");
            if (id == null || !id.isString() || !id.stringValue().equals(clientId)) {
                throw refused(clientId, "names the client_id " + Quoted.of(id == null ? "" : id.toString())
                        + ", which is not exactly its own URL");
            }
            if (object.has("client_secret") || object.has("client_secret_expires_at")) {
                throw refused(clientId, "contains a client secret, which a metadata document must never hold");
            }
            ClientMetadata metadata = ClientMetadata.read(object, policy, allowedGrantTypes);
            return new RegisteredClient(clientId, metadata.clientName(), metadata.redirectUris(),
                    Set.copyOf(metadata.grantTypes()), ClientKind.METADATA_DOCUMENT, now);
        } catch (OAuthError e) {
            if (e.code().equals(OAuthError.INVALID_CLIENT)) {
                throw e;
            }
            throw refused(clientId, "is not acceptable: " + e.description());
        }
    }

    private static OAuthError refused(String clientId, String rule) {
        return new OAuthError(OAuthError.INVALID_CLIENT, "The client metadata document at " + Quoted.of(clientId)
                + " " + rule + (rule.endsWith(".") ? "" : "."));
    }
}

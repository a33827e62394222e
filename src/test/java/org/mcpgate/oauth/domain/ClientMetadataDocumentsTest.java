package org.mcpgate.oauth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against a real HTTP server on loopback. Client ids are https URLs, as the rules demand; the tests' fetch function
 * then sends the request over plain http to the local server (the https rule is checked on the id, before any
 * fetch), so everything after the scheme check, the real java.net.http fetch included, is what runs in production.
 */
class ClientMetadataDocumentsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Set<String> GRANTS = Set.of("authorization_code", "refresh_token");
    private static final RedirectUriPolicy POLICY = new RedirectUriPolicy(RedirectUriPolicy.defaultPatterns(),
            "https://mcpgate.example.com/oauth/callback");
    private static final Function<URI, FetchedDocument> NEVER_FETCH = url -> {
        throw new AssertionError("fetched " + url);
    };

    /** What the server answers on one path. */
    private record Reply(int status, Map<String, String> headers, byte[] body, boolean chunked, long delayMillis) {
    }

    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private HttpServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "metadata-document-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        Reply reply = replies.getOrDefault(exchange.getRequestURI().getPath(),
                new Reply(404, Map.of(), new byte[0], false, 0));
        try {
            Thread.sleep(reply.delayMillis());
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(reply.status(), reply.chunked() ? 0 : reply.body().length == 0 ? -1
                    : reply.body().length);
            OutputStream out = exchange.getResponseBody();
            for (int at = 0; at < reply.body().length; at += 4096) {
                out.write(reply.body(), at, Math.min(4096, reply.body().length - at));
            }
        } catch (IOException | InterruptedException e) {
            // the client gave up (too large, too slow): nothing to do
        } finally {
            exchange.close();
        }
    }

    private String url(String path) {
        return "https://localhost:" + port + path;
    }

    private void serve(String path, int status, Map<String, String> headers, String body) {
        replies.put(path, new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8), false, 0));
    }

    private void serveDocument(String path, String cacheControl) {
        Map<String, String> headers = cacheControl.isEmpty() ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Cache-Control", cacheControl);
        serve(path, 200, headers, document(url(path), ""));
    }

    private static String document(String clientId, String extra) {
        return """
                {"client_id": "%s", "client_name": "Internal agent",
                 "redirect_uris": ["http://127.0.0.1:3000/callback", "https://claude.ai/api/mcp/auth_callback"],
                 "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"],
                 "token_endpoint_auth_method": "none"%s}
                """.formatted(clientId, extra);
    }

    /** Documents that may be fetched from localhost, over plain http to the test server. */
    private ClientMetadataDocuments documents(Duration timeout) {
        DocumentFetcher fetcher = new DocumentFetcher(DocumentFetcher.defaultClient(), timeout);
        return new ClientMetadataDocuments(POLICY, GRANTS, List.of("LOCALHOST"), clock, InetAddress::getAllByName,
                url -> fetcher.fetch(URI.create("http://127.0.0.1:" + port + url.getRawPath())));
    }

    private ClientMetadataDocuments documents() {
        return documents(Duration.ofSeconds(5));
    }

    private static OAuthError refusal(ClientMetadataDocuments documents, String clientId) {
        OAuthError error = assertThrows(OAuthError.class, () -> documents.resolve(clientId));
        assertEquals(OAuthError.INVALID_CLIENT, error.code(), error.description());
        return error;
    }

    @Test
    void resolveWhenDocumentValidThenMetadataDocumentClient() {
        serveDocument("/client.json", "");
        RegisteredClient client = documents().resolve(url("/client.json"));
        assertEquals(url("/client.json"), client.clientId());
        assertEquals("Internal agent", client.clientName());
        assertEquals(List.of("http://127.0.0.1:3000/callback", "https://claude.ai/api/mcp/auth_callback"),
                client.redirectUris());
        assertEquals(GRANTS, client.grantTypes());
        assertEquals(ClientKind.METADATA_DOCUMENT, client.kind());
        assertEquals(T0, client.createdAt());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            https://localhost:{port}/client.json
            https://127.0.0.1:{port}/client.json
            https://[::1]:{port}/client.json
            """)
    void resolveWhenLoopbackNotAllowedThenRefusedBeforeAnyRequest(String template) {
        serveDocument("/client.json", "");
        String clientId = template.replace("{port}", String.valueOf(port));
        ClientMetadataDocuments strict = new ClientMetadataDocuments(POLICY, GRANTS, List.of(), clock);
        OAuthError error = refusal(strict, clientId);
        assertTrue(error.description().contains("which is not public: loopback"), error.description());
        assertEquals(0, requests.get());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            internal.example | 10.1.2.3        | private (10.0.0.0/8, RFC 1918)
            metadata.example | 169.254.169.254 | link-local
            cgnat.example    | 100.64.3.4      | shared CGNAT
            v6.example       | fd00::1         | unique local
            mapped.example   | ::ffff:c0a8:1   | private (192.168.0.0/16
            mixed.example    | 192.168.0.5     | private (192.168.0.0/16
            """)
    void resolveWhenHostResolvesToNonPublicAddressThenRefusedWithoutFetching(String host, String address,
            String kind) throws UnknownHostException {
        InetAddress[] answer = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName(address)};
        ClientMetadataDocuments documents = new ClientMetadataDocuments(POLICY, GRANTS, List.of(), clock,
                name -> answer, NEVER_FETCH);
        OAuthError error = refusal(documents, "https://" + host + "/client.json");
        assertTrue(error.description().contains(kind), error.description());
        assertTrue(error.description().contains("public addresses only"), error.description());
    }

    @Test
    void resolveWhenHostDoesNotResolveThenRefused() {
        ClientMetadataDocuments documents = new ClientMetadataDocuments(POLICY, GRANTS, List.of(), clock, name -> {
            throw new UnknownHostException(name);
        }, NEVER_FETCH);
        assertTrue(refusal(documents, "https://nowhere.example/client.json").description()
                .contains("names a host that does not resolve"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://example.com/client.json              | must use the https scheme
            HTTPS://example.com/client.json             | must use the https scheme
            ftp://example.com/client.json               | must use the https scheme
            javascript:alert(1)                         | must not use a javascript:
            https://example.com                         | must have a path
            https://example.com/                        | must have a path
            https://example.com/client.json#top         | must not have a fragment
            https://user@example.com/client.json        | must not carry user information
            https://example.com/a/../client.json        | must not have . or .. path segments
            https://example.com/a/./client.json         | must not have . or .. path segments
            https://example.com/a/%2e%2e/client.json    | must not percent-encode
            https://example.com/a%2fclient.json         | must not percent-encode
            https://exa mple.com/client.json            | must not contain whitespace
            https:///client.json                        | must name a valid host
            """)
    void resolveWhenClientIdBreaksAUrlRuleThenRefusedWithoutFetching(String clientId, String rule) {
        ClientMetadataDocuments documents = new ClientMetadataDocuments(POLICY, GRANTS, List.of(), clock,
                name -> {
                    throw new AssertionError("resolved " + name);
                }, NEVER_FETCH);
        assertTrue(refusal(documents, clientId).description().contains(rule));
    }

    @Test
    void resolveWhenClientIdTooLongThenRefused() {
        ClientMetadataDocuments documents = new ClientMetadataDocuments(POLICY, GRANTS, List.of(), clock,
                name -> new InetAddress[0], NEVER_FETCH);
        String description = refusal(documents, "https://example.com/" + "a".repeat(2100)).description();
        assertTrue(description.contains("is longer than 512 characters"), description);
    }

    @ParameterizedTest(name = "Cache-Control: {0}, fresh for {1} s")
    @CsvSource(delimiter = '|', textBlock = """
            max-age=60    | 60
            ''            | 300
            max-age=86400 | 3600
            """)
    void resolveWhenRepeatedThenServedFromCacheWhileFresh(String cacheControl, long freshSeconds) {
        serveDocument("/client.json", cacheControl);
        ClientMetadataDocuments documents = documents();
        RegisteredClient first = documents.resolve(url("/client.json"));
        clock.now = T0.plusSeconds(freshSeconds - 1);
        assertSame(first, documents.resolve(url("/client.json")));
        assertEquals(1, requests.get());
        clock.now = T0.plusSeconds(freshSeconds + 1);
        assertEquals(clock.now, documents.resolve(url("/client.json")).createdAt());
        assertEquals(2, requests.get());
    }

    @Test
    void resolveWhenNoStoreThenFetchedEveryTime() {
        serveDocument("/client.json", "no-store");
        ClientMetadataDocuments documents = documents();
        documents.resolve(url("/client.json"));
        documents.resolve(url("/client.json"));
        assertEquals(2, requests.get());
    }

    @Test
    void resolveWhenFetchFailedThenFailureCachedThirtySeconds() {
        ClientMetadataDocuments documents = documents();
        OAuthError first = refusal(documents, url("/missing.json"));
        assertTrue(first.description().contains("answered HTTP 404, not 200"), first.description());
        clock.now = T0.plusSeconds(29);
        assertSame(first, refusal(documents, url("/missing.json")));
        assertEquals(1, requests.get());
        serveDocument("/missing.json", "");
        clock.now = T0.plusSeconds(31);
        assertEquals(url("/missing.json"), documents.resolve(url("/missing.json")).clientId());
        assertEquals(2, requests.get());
    }

    static Stream<Arguments> unacceptableAnswers() {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        String self = "{self}";
        return Stream.of(
                Arguments.of("not found", 404, json, document(self, ""), "answered HTTP 404, not 200"),
                Arguments.of("redirect", 302, Map.of("Location", "/client.json"), "", "answered HTTP 302"),
                Arguments.of("html", 200, Map.of("Content-Type", "text/html"), document(self, ""),
                        "answered with the content type \"text/html\", not application/json"),
                Arguments.of("no content type", 200, Map.of(), document(self, ""), "the content type \"\""),
                Arguments.of("not JSON", 200, json, "<html>", "is not valid JSON"),
                Arguments.of("array", 200, json, "[]", "must be a JSON object"),
                Arguments.of("other client_id", 200, json, document("https://other.example/client.json", ""),
                        "names the client_id"),
                Arguments.of("client_id with trailing slash", 200, json, document(self + "/", ""),
                        "which is not exactly its own URL"),
                Arguments.of("no client_id", 200, json, "{\"redirect_uris\":[\"http://localhost/cb\"]}",
                        "which is not exactly its own URL"),
                Arguments.of("client secret", 200, json, document(self, ", \"client_secret\": \"s3cret\""),
                        "contains a client secret"),
                Arguments.of("secret auth method", 200, json, document(self, "").replace("\"none\"",
                        "\"client_secret_basic\""), "is not acceptable: token_endpoint_auth_method must be"),
                Arguments.of("redirect not allowed", 200, json, document(self, "").replace(
                        "https://claude.ai/api/mcp/auth_callback", "https://evil.example/cb"),
                        "is not acceptable: The redirect URI \"https://evil.example/cb\" matches no allowlist"),
                Arguments.of("grant not allowed", 200, json, document(self, "").replace("\"refresh_token\"",
                        "\"client_credentials\""), "The grant type \"client_credentials\" is not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unacceptableAnswers")
    void resolveWhenAnswerUnacceptableThenInvalidClientNamingTheRule(String name, int status,
            Map<String, String> headers, String body, String rule) {
        serve("/client.json", status, headers, body.replace("{self}", url("/client.json")));
        String description = refusal(documents(), url("/client.json")).description();
        assertTrue(description.startsWith("The client metadata document at \"" + url("/client.json") + "\" "),
                description);
        assertTrue(description.contains(rule), description);
        assertEquals(1, requests.get(), "redirects are not followed");
    }

    @ParameterizedTest(name = "chunked: {0}")
    @CsvSource({"false", "true"})
    void resolveWhenDocumentLargerThan64KiBThenRefused(boolean chunked) {
        String padded = document(url("/big.json"), ", \"padding\": \"" + "x".repeat(70 * 1024) + "\"");
        replies.put("/big.json", new Reply(200, Map.of("Content-Type", "application/json"),
                padded.getBytes(StandardCharsets.UTF_8), chunked, 0));
        String description = refusal(documents(), url("/big.json")).description();
        assertTrue(description.contains("is larger than 64 KiB"), description);
    }

    @Test
    void resolveWhenDocumentJustUnder64KiBThenAccepted() {
        String padded = document(url("/big.json"), ", \"padding\": \"" + "x".repeat(63 * 1024) + "\"");
        serve("/big.json", 200, Map.of("Content-Type", "application/json"), padded);
        assertEquals("Internal agent", documents().resolve(url("/big.json")).clientName());
    }

    @Test
    void resolveWhenServerTooSlowThenRefusedAfterTheTimeout() {
        replies.put("/slow.json", new Reply(200, Map.of("Content-Type", "application/json"),
                document(url("/slow.json"), "").getBytes(StandardCharsets.UTF_8), false, 3_000));
        long started = System.nanoTime();
        String description = refusal(documents(Duration.ofMillis(400)), url("/slow.json")).description();
        assertTrue(description.contains("did not answer"), description);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_500);
    }

    @Test
    void resolveWhenAllowedHostAnswersWithoutTlsThenRefusedByTheRealHttpsClient() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> {
                try (Socket socket = plain.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the client hung up first
                }
            });
            answering.setDaemon(true);
            answering.start();
            ClientMetadataDocuments documents = new ClientMetadataDocuments(POLICY, GRANTS, List.of("127.0.0.1"),
                    clock);
            String description = refusal(documents, "https://127.0.0.1:" + plain.getLocalPort() + "/client.json")
                    .description();
            // a loaded machine may hit the 3 s connect timeout (it covers the handshake) before the bad record
            assertTrue(description.contains("could not be fetched: TLS failed")
                    || description.contains("did not answer in time"), description);
        }
    }

    @Test
    void isMetadataDocumentIdWhenHttpsUrlThenTrue() {
        assertTrue(ClientMetadataDocuments.isMetadataDocumentId("https://claude.ai/oauth/mcp-client.json"));
        assertTrue(ClientMetadataDocuments.isMetadataDocumentId("HTTPS://claude.ai/oauth/mcp-client.json"));
        assertFalse(ClientMetadataDocuments.isMetadataDocumentId("mcpgate-abc"));
        assertFalse(ClientMetadataDocuments.isMetadataDocumentId("http://claude.ai/client.json"));
        assertFalse(ClientMetadataDocuments.isMetadataDocumentId(null));
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

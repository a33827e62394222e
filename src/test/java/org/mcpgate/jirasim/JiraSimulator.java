package org.mcpgate.jirasim;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stateful Jira Data Center 10.3 REST simulator on the JDK's HTTP server: seed data, PAT and Basic authentication,
 * Jira's OAuth 2.0 provider (authorize, token, login and consent pages; clients registered through the control API),
 * a JQL subset, and a control API under {@code /_sim} for resets, faults, OAuth clients and the request log.
 * Its second face is Atlassian's Cloud API gateway ({@link CloudGateway}: {@code /oauth/token/accessible-resources}
 * and {@code /ex/jira/{cloudId}/rest/...}, trusting the JWTs of the issuer set by {@code POST /_sim/cloud}). Beside
 * the HTTP port it can serve the same simulator over HTTPS, with or without client certificates ({@link SimTls},
 * {@link TestPki}).
 *
 * <p>By hand: {@code java -cp <test classpath> org.mcpgate.jirasim.JiraSimulator --port 9091}. In a test:
 * {@code try (JiraSimulator jira = JiraSimulator.start("127.0.0.1", 0)) { jira.baseUrl() ... }}. Over HTTPS too:
 * {@code --https-port 9443 [--need-client-auth]} (see {@link SimOptions}), or
 * {@code JiraSimulator.start("127.0.0.1", 0, null, Map.of(), List.of(SimTls.of(TestPki.ensure(dir), 0, true)))}.
 */
public final class JiraSimulator implements AutoCloseable {
    /** alice's demo PAT, printed at start-up. */
    public static final String DEMO_TOKEN = "sim-alice-token";

    private final HttpServer server;
    private final List<HttpsServer> httpsServers = new ArrayList<>();
    private final String linkHost;
    private final ExecutorService executor;
    private final String baseUrl;
    private final JiraStore store = new JiraStore();
    private final FaultInjector faults = new FaultInjector();
    private final RequestLog log = new RequestLog();
    private final TokenRegistry tokens;
    private final SimSettings settings = new SimSettings();
    private final OAuthProvider oauth = new OAuthProvider();
    private final WebSessions sessions = new WebSessions();
    private final CloudGateway cloud;
    private final PublishedDocuments documents = new PublishedDocuments();

    private JiraSimulator(String host, int port, String configuredBaseUrl, Map<String, String> extraTokens,
            List<SimTls> https) throws IOException {
        Map<String, String> baseline = new LinkedHashMap<>(TokenRegistry.DEFAULTS);
        baseline.putAll(extraTokens);
        this.tokens = new TokenRegistry(baseline);
        this.server = HttpServer.create(new InetSocketAddress(host, port), 50);
        this.linkHost = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        this.baseUrl = configuredBaseUrl != null ? stripSlash(configuredBaseUrl)
                : "http://" + linkHost + ":" + server.getAddress().getPort();
        Router router = JiraRoutes.build(store, new Links(baseUrl));
        JiraGate gate = new JiraGate(store, router, settings, baseUrl);
        Authenticator authenticator = new Authenticator(store, tokens, oauth);
        this.cloud = new CloudGateway(store, settings, authenticator, baseUrl);
        ControlApi control = new ControlApi(store, faults, log, tokens, settings, oauth, sessions, cloud,
                documents);
        WebPages pages = new WebPages(oauth, sessions, authenticator, baseUrl);
        SimHttpHandler handler = new SimHttpHandler(control, gate, pages, authenticator, cloud, faults, log,
                documents);
        server.createContext("/", handler);
        // Several threads, so a request sleeping in a latency fault does not hold up the others.
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "jirasim-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        try {
            for (SimTls tls : https) {
                HttpsServer listener = HttpsServer.create(new InetSocketAddress(host, tls.port()), 50);
                listener.setHttpsConfigurator(tls.configurator());
                listener.createContext("/", handler);
                listener.setExecutor(executor);
                httpsServers.add(listener);
            }
        } catch (IOException | RuntimeException e) {
            httpsServers.forEach(listener -> listener.stop(0));
            server.stop(0);
            executor.shutdownNow();
            throw e;
        }
        server.start();
        httpsServers.forEach(HttpsServer::start);
    }

    /** Starts a simulator; port 0 picks a free port. */
    public static JiraSimulator start(String host, int port) {
        return start(host, port, null, Map.of());
    }

    /**
     * @param baseUrl the address for {@code self} links, or null for {@code http://host:port}
     * @param extraTokens more accepted PATs (token → user name), kept across resets
     */
    public static JiraSimulator start(String host, int port, String baseUrl, Map<String, String> extraTokens) {
        return start(host, port, baseUrl, extraTokens, List.of());
    }

    /**
     * @param https HTTPS listeners beside the HTTP port, sharing its state (see {@link SimTls#of})
     */
    public static JiraSimulator start(String host, int port, String baseUrl, Map<String, String> extraTokens,
            List<SimTls> https) {
        try {
            return new JiraSimulator(host, port, baseUrl, extraTokens, https);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + " and the HTTPS ports "
                    + https.stream().map(SimTls::port).toList(), e);
        }
    }

    /** What the command line asks for. */
    static JiraSimulator start(SimOptions options) {
        return start(options.host(), options.port(), options.baseUrl(), options.tokens(), options.listeners());
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The ports of the HTTPS listeners, in the order given at start. */
    public List<Integer> httpsPorts() {
        return httpsServers.stream().map(s -> s.getAddress().getPort()).toList();
    }

    /** {@code https://host:port} of the first HTTPS listener, or null when there is none. */
    public String httpsBaseUrl() {
        return httpsServers.isEmpty() ? null : httpsBaseUrl(0);
    }

    /** {@code https://host:port} of the HTTPS listener at this index of the start-up list. */
    public String httpsBaseUrl(int index) {
        String shown = linkHost.contains(":") ? "[" + linkHost + "]" : linkHost;
        return "https://" + shown + ":" + httpsServers.get(index).getAddress().getPort();
    }

    /** Same as {@code POST /_sim/reset}. */
    public void reset() {
        store.reset();
        faults.clear();
        log.clear();
        tokens.reset();
        settings.reset();
        oauth.reset();
        sessions.reset();
        cloud.reset();
        documents.clear();
    }

    /** Same as {@code GET /_sim/requests}. */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    /** The Jira operations this simulator serves, as {@code METHOD /rest/...} templates. */
    public List<String> operations() {
        return JiraRoutes.build(store, new Links(baseUrl)).routes().stream()
                .map(r -> r.method() + " " + r.template()).toList();
    }

    @Override
    public void close() {
        httpsServers.forEach(listener -> listener.stop(0));
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static void main(String[] args) {
        SimOptions options;
        try {
            options = SimOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        JiraSimulator simulator;
        List<SimTls> https;
        try {
            https = options.listeners();
            simulator = start(options.host(), options.port(), options.baseUrl(), options.tokens(), https);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "jirasim-shutdown"));
        System.out.println("Jira DC " + SystemEndpoints.VERSION + " simulator listening on " + simulator.baseUrl()
                + " - demo PAT for alice: " + DEMO_TOKEN + " (Authorization: Bearer " + DEMO_TOKEN
                + "; bob: sim-bob-token; Basic alice:alice) - control API: " + simulator.baseUrl() + "/_sim"
                + " - OAuth 2.0 clients: POST " + simulator.baseUrl() + "/_sim/oauth/clients"
                + " - Cloud gateway trust: POST " + simulator.baseUrl() + "/_sim/cloud");
        for (int i = 0; i < https.size(); i++) {
            System.out.println("HTTPS on " + simulator.httpsBaseUrl(i) + " with " + https.get(i).keystore()
                    + (https.get(i).needClientAuth() ? ", client certificate required (CAs: " + https.get(i).clientCa()
                    + ")" : ""));
        }
    }
}

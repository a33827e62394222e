package org.mcpgate.jirasim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stateful Jira Data Center 10.3 REST simulator on the JDK's HTTP server: seed data, PAT and Basic authentication,
 * a JQL subset, and a control API under {@code /_sim} for resets, faults and the request log.
 *
 * <p>By hand: {@code java -cp <test classpath> org.mcpgate.jirasim.JiraSimulator --port 9091}. In a test:
 * {@code try (JiraSimulator jira = JiraSimulator.start("127.0.0.1", 0)) { jira.baseUrl() ... }}.
 */
public final class JiraSimulator implements AutoCloseable {
    /** alice's demo PAT, printed at start-up. */
    public static final String DEMO_TOKEN = "sim-alice-token";

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final JiraStore store = new JiraStore();
    private final FaultInjector faults = new FaultInjector();
    private final RequestLog log = new RequestLog();
    private final TokenRegistry tokens;
    private final SimSettings settings = new SimSettings();

    private JiraSimulator(String host, int port, String configuredBaseUrl, Map<String, String> extraTokens)
            throws IOException {
        Map<String, String> baseline = new LinkedHashMap<>(TokenRegistry.DEFAULTS);
        baseline.putAll(extraTokens);
        this.tokens = new TokenRegistry(baseline);
        this.server = HttpServer.create(new InetSocketAddress(host, port), 50);
        String linkHost = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        this.baseUrl = configuredBaseUrl != null ? stripSlash(configuredBaseUrl)
                : "http://" + linkHost + ":" + server.getAddress().getPort();
        Router router = JiraRoutes.build(store, new Links(baseUrl));
        ControlApi control = new ControlApi(store, faults, log, tokens, settings);
        JiraGate gate = new JiraGate(store, router, settings, baseUrl);
        server.createContext("/", new SimHttpHandler(control, gate, new Authenticator(store, tokens), faults, log));
        // Several threads, so a request sleeping in a latency fault does not hold up the others.
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "jirasim-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
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
        try {
            return new JiraSimulator(host, port, baseUrl, extraTokens);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Same as {@code POST /_sim/reset}. */
    public void reset() {
        store.reset();
        faults.clear();
        log.clear();
        tokens.reset();
        settings.reset();
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
        JiraSimulator simulator = start(options.host(), options.port(), options.baseUrl(), options.tokens());
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "jirasim-shutdown"));
        System.out.println("Jira DC " + SystemEndpoints.VERSION + " simulator listening on " + simulator.baseUrl()
                + " - demo PAT for alice: " + DEMO_TOKEN + " (Authorization: Bearer " + DEMO_TOKEN
                + "; bob: sim-bob-token; Basic alice:alice) - control API: " + simulator.baseUrl() + "/_sim");
    }
}

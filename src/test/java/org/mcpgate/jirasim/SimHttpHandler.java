package org.mcpgate.jirasim;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The one HTTP handler: {@code /_sim/*} goes to the control API; everything else is logged, passed through the fault
 * injector (latency, dropped connection, canned status) and answered by the Jira gate, or, for the OAuth 2.0 provider
 * and the login and consent pages, by the {@link WebPages}; the Atlassian Cloud gateway paths
 * ({@code /oauth/token/accessible-resources}, {@code /ex/jira/{cloudId}/...}) by the {@link CloudGateway}, which
 * authenticates them itself. Documents a test published ({@link PublishedDocuments}) are answered first, outside the
 * log. The same handler serves the HTTP and the HTTPS listeners; over HTTPS the log entry
 * names the client certificate presented, if any.
 */
final class SimHttpHandler implements HttpHandler {
    private final ControlApi control;
    private final JiraGate gate;
    private final WebPages pages;
    private final Authenticator authenticator;
    private final CloudGateway cloud;
    private final FaultInjector faults;
    private final RequestLog log;
    private final PublishedDocuments documents;
    private final AtomicLong requestIds = new AtomicLong(1);

    SimHttpHandler(ControlApi control, JiraGate gate, WebPages pages, Authenticator authenticator,
            CloudGateway cloud, FaultInjector faults, RequestLog log, PublishedDocuments documents) {
        this.control = control;
        this.gate = gate;
        this.pages = pages;
        this.authenticator = authenticator;
        this.cloud = cloud;
        this.faults = faults;
        this.log = log;
        this.documents = documents;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Optional<ApiResponse> document = documents.answer(method, path);
            if (path.equals("/_sim") || path.startsWith("/_sim/")) {
                send(exchange, method, control.handle(method, path, query, body));
            } else if (document.isPresent()) {
                send(exchange, method, document.get());
            } else {
                jira(exchange, method, path, query, body);
            }
        } catch (IOException e) {
            // the client went away (a timeout while a latency fault slept, for instance)
        } catch (RuntimeException e) {
            e.printStackTrace();
            try {
                send(exchange, "GET", ApiResponse.json(500, JiraErrors.body(List.of("Internal server error"),
                        Map.of())));
            } catch (IOException | RuntimeException ignored) {
                // the answer may already be on its way; nothing more to do
            }
        } finally {
            exchange.close();
        }
    }

    private void jira(HttpExchange exchange, String method, String path, String query, byte[] body)
            throws IOException {
        Headers headers = exchange.getRequestHeaders();
        boolean gateway = CloudGateway.handles(path);
        CloudGateway.Caller caller = gateway ? cloud.authenticate(headers.getFirst("Authorization")) : null;
        AuthResult auth = gateway ? caller.auth() : authenticator.authenticate(headers.getFirst("Authorization"));
        boolean web = !gateway && WebPages.handles(path);
        String text = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        String scheme = exchange instanceof HttpsExchange ? "https" : "http";
        String certificate = clientCertificate(exchange);
        RecordedRequest arrived = log.add(new RecordedRequest(method, path, query, auth.logName(), 0, text,
                JiraTime.format(JiraTime.now()), scheme, certificate));
        Optional<Fault> fault = faults.take(method, path);
        if (fault.isEmpty() && gateway && !CloudGateway.innerPath(path).equals(path)) {
            // A fault set for a Jira path applies through the gateway too.
            fault = faults.take(method, CloudGateway.innerPath(path));
        }
        ApiResponse response = null;
        if (fault.isPresent()) {
            if (fault.get().latencyMs > 0) {
                sleep(fault.get().latencyMs);
            }
            if (fault.get().reset) {
                // Closing the exchange before any header is sent closes the socket: the client sees no answer.
                exchange.close();
                return;
            }
            if (fault.get().status > 0) {
                response = FaultResponses.render(fault.get());
                if (!response.headers().containsKey("Server") && !response.headers().containsKey("X-AUSERNAME")) {
                    // Jira itself answered (not the proxy), so it names the user as always.
                    response = response.withHeader("X-AUSERNAME", auth.authenticated() ? auth.user().name()
                            : "anonymous");
                }
            }
        }
        if (response == null && gateway) {
            response = cloud.answer(method, path, query, body, caller);
        }
        if (response == null) {
            response = web ? pages.answer(new WebRequest(method, path, query, body, auth,
                            headers.getFirst("Authorization"), headers.getFirst("Cookie"),
                            headers.getFirst("Content-Type")))
                    : gate.answer(method, path, query, body, auth);
        }
        send(exchange, method, response.withHeader("X-AREQUESTID", requestIds.getAndIncrement() + "x1"));
        String user;
        if (web) {
            // The page tells who it acted as (a session cookie, say); the token endpoint's client is no user.
            user = response.status() == 401 ? null : response.headers().getOrDefault("X-AUSERNAME", "anonymous");
        } else {
            user = auth.authenticated() ? auth.user().name()
                    : response.status() != 401 && "anonymous".equals(response.headers().get("X-AUSERNAME"))
                    ? "anonymous" : null;
        }
        log.complete(arrived, new RecordedRequest(method, path, query, user, response.status(), text,
                arrived.time(), scheme, certificate));
    }

    /** The subject of the client's certificate over HTTPS, or null (plain HTTP, or no certificate presented). */
    private static String clientCertificate(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange https) || https.getSSLSession() == null) {
            return null;
        }
        try {
            Certificate[] chain = https.getSSLSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x509
                    ? x509.getSubjectX500Principal().getName() : null;
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, String method, ApiResponse response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        byte[] body = response.body();
        boolean empty = body.length == 0 || method.equals("HEAD") || response.status() == 204;
        exchange.sendResponseHeaders(response.status(), empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

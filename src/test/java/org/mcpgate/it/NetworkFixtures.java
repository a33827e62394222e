package org.mcpgate.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the TLS and proxy tests need around the server: its deployments' settings, deployments of their own, and a
 * forwarding proxy.
 */
public final class NetworkFixtures {

    private NetworkFixtures() {
    }

    /**
     * A setting of one deployment of the test server, as the build filled it in
     * ({@code configDropins/overrides/tls.xml}), so the tests use the ports the server was given.
     */
    public static String deploymentProperty(String application, String name) {
        Path file = Path.of(System.getProperty("mcpgate.server.dir"), "configDropins", "overrides", "tls.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList apps = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("webApplication");
            for (int i = 0; i < apps.getLength(); i++) {
                Element app = (Element) apps.item(i);
                if (!application.equals(app.getAttribute("id"))) {
                    continue;
                }
                NodeList properties = app.getElementsByTagName("property");
                for (int j = 0; j < properties.getLength(); j++) {
                    Element property = (Element) properties.item(j);
                    if (name.equals(property.getAttribute("name"))) {
                        return property.getAttribute("value");
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        throw new IllegalStateException(file + " sets no " + name + " for " + application);
    }

    /**
     * More deployments of mcpgate.war for one test class, in a server configuration file of their own that Liberty
     * picks up while running, and removed again by {@link #close()}. For deployments whose Jira is unreachable
     * outside that test (an untrusted CA, a proxy the test starts): the server's readiness covers every
     * application, so they must not stay deployed while other tests run.
     */
    public static final class Deployments implements AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final Path file;
        private final List<String> contextRoots;

        private Deployments(Path file, List<String> contextRoots) {
            this.file = file;
            this.contextRoots = contextRoots;
        }

        /**
         * Writes {@code configDropins/overrides/<name>.xml} with these {@code <webApplication>} elements and waits
         * until each context root answers.
         */
        public static Deployments start(String name, List<String> contextRoots, String webApplications) {
            Path file = Path.of(System.getProperty("mcpgate.server.dir"), "configDropins", "overrides",
                    name + ".xml");
            Deployments deployments = new Deployments(file, contextRoots);
            try {
                Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- written by a test,"
                        + " removed after it -->\n<server>\n" + webApplications + "\n</server>\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            deployments.await(true);
            return deployments;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            await(false);
        }

        private void await(boolean deployed) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            for (String root : contextRoots) {
                while (answers(status(root)) != deployed || deployed && !Servers.started(root)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(root + (deployed ? " did not start" : " did not stop")
                                + " within 180 s after " + file + " was " + (deployed ? "written" : "removed"));
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
        }

        /** Whether the application answers: not 404 (no such context root), nor 503 (still starting). */
        private static boolean answers(int status) {
            return status != 404 && status != 503;
        }

        private static int status(String contextRoot) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(Servers.MCPGATE + contextRoot + "/mcp"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return 404;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A small HTTP forward proxy on 127.0.0.1 for tests: absolute-form requests ({@code GET http://host/...}) are
     * forwarded, {@code CONNECT host:port} opens a tunnel; targets must be loopback addresses. It requires Basic
     * proxy credentials when given some (answering 407 until they come) and records every request it received.
     * Bounded: 8 connections at a time, 64 KiB of headers, 10 s of silence per socket.
     */
    public static final class ForwardProxy implements AutoCloseable {

        /** One request to the proxy: its request line's method and target, and the status it answered. */
        public record Passed(String method, String target, boolean authenticated, int status) {
        }

        private static final int MAX_HEAD = 64 * 1024;
        private final ServerSocket server;
        private final String expectedAuthorization;
        private final ExecutorService workers = Executors.newFixedThreadPool(9, r -> {
            Thread thread = new Thread(r, "test-proxy");
            thread.setDaemon(true);
            return thread;
        });
        private final List<Passed> passed = new CopyOnWriteArrayList<>();

        /** @param user with {@code password}, the credentials it requires; null for none */
        public ForwardProxy(int port, String user, String password) {
            this.expectedAuthorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8));
            try {
                server = new ServerSocket();
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            } catch (IOException e) {
                throw new UncheckedIOException("the test proxy cannot listen on 127.0.0.1:" + port, e);
            }
            workers.execute(this::accept);
        }

        /** The port it listens on (useful when started on port 0). */
        public int port() {
            return server.getLocalPort();
        }

        public List<Passed> passed() {
            return List.copyOf(passed);
        }

        public void clear() {
            passed.clear();
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            workers.shutdownNow();
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    workers.execute(() -> serve(client));
                } catch (IOException e) {
                    return; // closed
                } catch (RuntimeException e) {
                    return; // rejected: shutting down
                }
            }
        }

        private void serve(Socket client) {
            try (client) {
                client.setSoTimeout(10_000);
                InputStream in = client.getInputStream();
                OutputStream out = client.getOutputStream();
                while (true) {
                    List<String> head = readHead(in);
                    if (head.isEmpty()) {
                        return;
                    }
                    String[] line = head.get(0).split(" ");
                    if (line.length != 3) {
                        answer(out, 400, "Bad Request");
                        return;
                    }
                    String method = line[0];
                    String target = line[1];
                    boolean authenticated = expectedAuthorization == null
                            || expectedAuthorization.equals(header(head, "Proxy-Authorization"));
                    if (!authenticated) {
                        in.readNBytes(contentLength(head));
                        passed.add(new Passed(method, target, false, 407));
                        out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic"
                                + " realm=\"test-proxy\"\r\nContent-Length: 0\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        continue;
                    }
                    if (method.equals("CONNECT")) {
                        tunnel(client, target, authenticated);
                    } else {
                        forward(client, head, method, target, authenticated);
                    }
                    return;
                }
            } catch (IOException | RuntimeException e) {
                // the client went away or timed out: nothing to answer
            }
        }

        private void forward(Socket client, List<String> head, String method, String target, boolean authenticated)
                throws IOException {
            URI uri;
            try {
                uri = URI.create(target);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            OutputStream out = client.getOutputStream();
            if (uri == null || !"http".equalsIgnoreCase(uri.getScheme()) || !loopback(uri.getHost())) {
                passed.add(new Passed(method, target, authenticated, 403));
                answer(out, 403, "Forbidden");
                return;
            }
            if (header(head, "Transfer-Encoding") != null) {
                passed.add(new Passed(method, target, authenticated, 411));
                answer(out, 411, "Length Required");
                return;
            }
            int length = contentLength(head);
            try (Socket upstream = new Socket(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 80)) {
                upstream.setSoTimeout(10_000);
                StringBuilder request = new StringBuilder(method).append(' ').append(uri.getRawPath())
                        .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n");
                for (String header : head.subList(1, head.size())) {
                    String name = header.substring(0, Math.max(0, header.indexOf(':'))).toLowerCase(Locale.ROOT);
                    if (!List.of("proxy-authorization", "proxy-connection", "connection", "keep-alive")
                            .contains(name)) {
                        request.append(header).append("\r\n");
                    }
                }
                request.append("Connection: close\r\n\r\n");
                OutputStream toUpstream = upstream.getOutputStream();
                toUpstream.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                toUpstream.write(bodyOf(client, length));
                toUpstream.flush();
                InputStream fromUpstream = upstream.getInputStream();
                List<String> response = readHead(fromUpstream);
                if (response.isEmpty()) {
                    passed.add(new Passed(method, target, authenticated, 502));
                    answer(out, 502, "Bad Gateway");
                    return;
                }
                StringBuilder answer = new StringBuilder(response.get(0)).append("\r\n");
                for (String header : response.subList(1, response.size())) {
                    String name = header.substring(0, Math.max(0, header.indexOf(':'))).toLowerCase(Locale.ROOT);
                    if (!name.equals("connection") && !name.equals("keep-alive")) {
                        answer.append(header).append("\r\n");
                    }
                }
                answer.append("Connection: close\r\n\r\n");
                passed.add(new Passed(method, target, authenticated, Integer.parseInt(response.get(0).split(" ")[1])));
                out.write(answer.toString().getBytes(StandardCharsets.ISO_8859_1));
                fromUpstream.transferTo(out);
                out.flush();
            }
        }

        private void tunnel(Socket client, String target, boolean authenticated) throws IOException {
            int colon = target.lastIndexOf(':');
            String host = colon > 0 ? target.substring(0, colon) : target;
            OutputStream out = client.getOutputStream();
            if (colon < 0 || !loopback(host)) {
                passed.add(new Passed("CONNECT", target, authenticated, 403));
                answer(out, 403, "Forbidden");
                return;
            }
            try (Socket upstream = new Socket(host.replace("[", "").replace("]", ""),
                    Integer.parseInt(target.substring(colon + 1)))) {
                upstream.setSoTimeout(10_000);
                passed.add(new Passed("CONNECT", target, authenticated, 200));
                out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                var upward = workers.submit(() -> {
                    try {
                        client.getInputStream().transferTo(upstream.getOutputStream());
                        upstream.shutdownOutput();
                    } catch (IOException ignored) {
                        // either side closed
                    }
                });
                try {
                    upstream.getInputStream().transferTo(out);
                } catch (IOException ignored) {
                    // either side closed
                }
                upward.cancel(true);
            }
        }

        private static boolean loopback(String host) {
            return host != null && List.of("127.0.0.1", "localhost", "[::1]", "::1").contains(host);
        }

        private static void answer(OutputStream out, int status, String reason) throws IOException {
            out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** The request or response head, one string a line; empty at the end of the stream. */
        private static List<String> readHead(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return List.of();
                }
                bytes.write(b);
                matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1
                        : b == '\r' ? 1 : 0;
                if (bytes.size() > MAX_HEAD) {
                    throw new IOException("head too large");
                }
            }
            String text = bytes.toString(StandardCharsets.ISO_8859_1);
            return new ArrayList<>(List.of(text.substring(0, text.length() - 4).split("\r\n")));
        }

        private static String header(List<String> head, String name) {
            for (String line : head.subList(1, head.size())) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        private static int contentLength(List<String> head) {
            String value = header(head, "Content-Length");
            return value == null ? 0 : Integer.parseInt(value);
        }

        private static byte[] bodyOf(Socket client, int length) throws IOException {
            return client.getInputStream().readNBytes(length);
        }
    }
}

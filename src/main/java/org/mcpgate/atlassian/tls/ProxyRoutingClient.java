package org.mcpgate.atlassian.tls;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.mcpgate.config.JiraSettings.Proxy;

/**
 * A Jakarta REST client that sends each request through the proxy its target calls for: the HTTP or HTTPS proxy by
 * the target's scheme, none when {@code NO_PROXY} covers its host. Servers' clients fix their proxy when built (Open
 * Liberty's when first used), so there is one underlying client per route, built on first use.
 */
public final class ProxyRoutingClient implements Client {

    private static final Pattern ORIGIN = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://(?:[^@/?#]*@)?"
            + "(\\[[^\\]]+\\]|[^:/?#]+)(?::(\\d+))?");

    private final Optional<Proxy> httpProxy;
    private final Optional<Proxy> httpsProxy;
    private final NoProxy noProxy;
    private final Function<Optional<Proxy>, Client> factory;
    private final Map<Optional<Proxy>, Client> clients = new ConcurrentHashMap<>();
    private final List<Consumer<Client>> customizations = new ArrayList<>();
    private volatile boolean closed;

    /** @param factory builds the client for a route: through that proxy, or direct when empty */
    public ProxyRoutingClient(Optional<Proxy> httpProxy, Optional<Proxy> httpsProxy, List<String> noProxy,
            Function<Optional<Proxy>, Client> factory) {
        this.httpProxy = httpProxy;
        this.httpsProxy = httpsProxy;
        this.noProxy = new NoProxy(noProxy);
        this.factory = factory;
    }

    /** The proxy a request to this URI goes through, or empty for a direct connection. */
    public Optional<Proxy> routeFor(String uri) {
        Matcher origin = ORIGIN.matcher(uri);
        if (!origin.find()) {
            return Optional.empty();
        }
        String scheme = origin.group(1).toLowerCase(Locale.ROOT);
        Optional<Proxy> proxy = scheme.equals("https") ? httpsProxy : scheme.equals("http") ? httpProxy
                : Optional.empty();
        int port = origin.group(3) != null ? Integer.parseInt(origin.group(3)) : scheme.equals("https") ? 443 : 80;
        return proxy.isPresent() && noProxy.bypasses(origin.group(2), port) ? Optional.empty() : proxy;
    }

    private Client clientFor(String uri) {
        if (closed) {
            throw new IllegalStateException("this client is closed");
        }
        return clients.computeIfAbsent(routeFor(uri), route -> {
            Client client = factory.apply(route);
            synchronized (customizations) {
                customizations.forEach(c -> c.accept(client));
            }
            return client;
        });
    }

    /** Applies a configuration change to the clients built so far and to those built later. */
    private ProxyRoutingClient customize(Consumer<Client> change) {
        synchronized (customizations) {
            customizations.add(change);
            clients.values().forEach(change);
        }
        return this;
    }

    private Client any() {
        return clientFor("");
    }

    @Override
    public WebTarget target(String uri) {
        return clientFor(uri).target(uri);
    }

    @Override
    public WebTarget target(URI uri) {
        return clientFor(uri.toString()).target(uri);
    }

    @Override
    public WebTarget target(UriBuilder uriBuilder) {
        return clientFor(uriBuilder.toTemplate()).target(uriBuilder);
    }

    @Override
    public WebTarget target(Link link) {
        return clientFor(link.getUri().toString()).target(link);
    }

    @Override
    public Invocation.Builder invocation(Link link) {
        return clientFor(link.getUri().toString()).invocation(link);
    }

    @Override
    public SSLContext getSslContext() {
        return any().getSslContext();
    }

    @Override
    public HostnameVerifier getHostnameVerifier() {
        return any().getHostnameVerifier();
    }

    @Override
    public void close() {
        closed = true;
        clients.values().forEach(Client::close);
        clients.clear();
    }

    @Override
    public Configuration getConfiguration() {
        return any().getConfiguration();
    }

    @Override
    public Client property(String name, Object value) {
        return customize(c -> c.property(name, value));
    }

    @Override
    public Client register(Class<?> componentClass) {
        return customize(c -> c.register(componentClass));
    }

    @Override
    public Client register(Class<?> componentClass, int priority) {
        return customize(c -> c.register(componentClass, priority));
    }

    @Override
    public Client register(Class<?> componentClass, Class<?>... contracts) {
        return customize(c -> c.register(componentClass, contracts));
    }

    @Override
    public Client register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
        return customize(c -> c.register(componentClass, contracts));
    }

    @Override
    public Client register(Object component) {
        return customize(c -> c.register(component));
    }

    @Override
    public Client register(Object component, int priority) {
        return customize(c -> c.register(component, priority));
    }

    @Override
    public Client register(Object component, Class<?>... contracts) {
        return customize(c -> c.register(component, contracts));
    }

    @Override
    public Client register(Object component, Map<Class<?>, Integer> contracts) {
        return customize(c -> c.register(component, contracts));
    }
}

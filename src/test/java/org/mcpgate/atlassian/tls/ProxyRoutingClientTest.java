package org.mcpgate.atlassian.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpgate.config.JiraSettings.Proxy;

class ProxyRoutingClientTest {

    private static final Proxy HTTP = new Proxy("web-proxy", 3128, Optional.empty(), Optional.empty(), "HTTP_PROXY");
    private static final Proxy HTTPS = new Proxy("tls-proxy", 8080, Optional.empty(), Optional.empty(), "HTTPS_PROXY");

    private final List<Optional<Proxy>> built = new ArrayList<>();

    private ProxyRoutingClient router(Optional<Proxy> http, Optional<Proxy> https, List<String> noProxy) {
        return new ProxyRoutingClient(http, https, noProxy, route -> {
            built.add(route);
            return ClientBuilder.newClient().property("route", route.map(Proxy::host).orElse("direct"));
        });
    }

    @Test
    void proxyChosenByTheTargetsSchemeAndNoProxyGoesDirect() {
        ProxyRoutingClient router = router(Optional.of(HTTP), Optional.of(HTTPS), List.of("intranet.corp"));
        assertEquals(Optional.of(HTTPS), router.routeFor("https://jira.example.com/rest/api/2/search"));
        assertEquals(Optional.of(HTTP), router.routeFor("http://jira.example.com:8080"));
        assertEquals(Optional.empty(), router.routeFor("https://jira.intranet.corp"));
        assertEquals(Optional.empty(), router.routeFor("https://user@jira.intranet.corp:8443/x"));
        assertEquals(Optional.empty(), router.routeFor("ftp://jira.example.com"));
        assertEquals(Optional.empty(), router(Optional.of(HTTP), Optional.empty(), List.of())
                .routeFor("https://jira.example.com"), "no HTTPS proxy: HTTPS goes direct");
    }

    @Test
    void oneClientPerRouteBuiltOnFirstUseWithLaterPropertiesApplied() {
        ProxyRoutingClient router = router(Optional.of(HTTP), Optional.of(HTTPS), List.of("127.0.0.1"));
        router.property("x-later", "set");
        Client client = router;
        assertEquals("tls-proxy", client.target("https://a.example.com").getConfiguration().getProperty("route"));
        assertEquals("tls-proxy", client.target("https://b.example.com/x").getConfiguration().getProperty("route"));
        assertEquals("direct", client.target("http://127.0.0.1:9191").getConfiguration().getProperty("route"));
        assertEquals("set", client.target("http://127.0.0.1:9191").getConfiguration().getProperty("x-later"));
        assertEquals(List.of(Optional.of(HTTPS), Optional.empty()), built);
        router.close();
        assertThrows(IllegalStateException.class, () -> router.target("https://a.example.com"));
    }
}

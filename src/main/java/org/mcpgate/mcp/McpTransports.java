package org.mcpgate.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletSseServerTransportProvider;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.mcpgate.atlassian.auth.CredentialStrategy;
import org.mcpgate.atlassian.grant.EncryptionKeys;
import org.mcpgate.config.ConfigSummary;
import org.mcpgate.config.EdgeSettings;
import org.mcpgate.config.Settings;
import org.mcpgate.config.Version;
import org.mcpgate.db.DatabaseMigrations;
import org.mcpgate.db.NodeName;
import org.mcpgate.db.NodeStarts;
import org.mcpgate.jira.JiraIdentities;
import org.mcpgate.config.ProxySettings;
import org.mcpgate.mcp.edge.AtlassianCredentialFilter;
import org.mcpgate.mcp.edge.BearerTokenFilter;
import org.mcpgate.oauth.domain.AccessTokens;
import org.mcpgate.oauth.domain.ExpiredRowsPurge;
import org.mcpgate.oauth.domain.Signer;
import org.mcpgate.oauth.domain.UpstreamSignIn;
import org.mcpgate.oauth.endpoint.UpstreamCallbackServlet;
import org.mcpgate.mcp.edge.ErrorBodyFilter;
import org.mcpgate.mcp.edge.ProtocolVersionFilter;
import org.mcpgate.mcp.edge.RequestSizeFilter;

/**
 * Starts mcpgate with the web application: validates the configuration (an invalid one stops the
 * application), migrates the database, then mounts MCP Streamable HTTP at {@code /mcp} and the legacy
 * HTTP+SSE transport at {@code /sse} + {@code /message}, behind the edge filters.
 */
@WebListener
public class McpTransports implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(McpTransports.class.getName());
    static final String[] PATHS = {"/mcp", "/sse", "/message"};

    @Inject
    Settings settings;

    @Inject
    CredentialStrategy credentials;

    @Inject
    JiraIdentities identities;

    @Inject
    Instance<EncryptionKeys> encryptionKeys;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    NodeStarts nodeStarts;

    @Inject
    McpServers servers;

    @Inject
    Instance<AccessTokens> accessTokens;

    @Inject
    Instance<UpstreamSignIn> signIn;

    @Inject
    Instance<Signer> signer;

    @Inject
    Instance<ExpiredRowsPurge> purge;

    private final List<McpSyncServer> running = new ArrayList<>();

    @Override
    @SuppressWarnings("deprecation") // the SDK marks HTTP+SSE legacy; clients that only speak it still need it
    public void contextInitialized(ServletContextEvent event) {
        LOG.info(ConfigSummary.of(settings, credentials.describe()));
        if (settings.jira().oauthClient().isPresent() || settings.proxy().enabled()) {
            encryptionKeys.get(); // a bad MCPGATE_ENCRYPTION_KEY stops the start, not the first token
        }
        migrations.apply();
        nodeStarts.record(NodeName.current(), Version.CURRENT);
        ServletContext context = event.getServletContext();
        EdgeSettings edge = settings.edge();
        addFilter(context, "mcp-error-body", new ErrorBodyFilter());
        addFilter(context, "mcp-request-size", new RequestSizeFilter(edge.maxRequestBytes()));
        addFilter(context, "mcp-protocol-version", new ProtocolVersionFilter());
        if (credentials.perRequest()) {
            addFilter(context, "mcp-atlassian-credential", new AtlassianCredentialFilter(identities));
        }
        if (settings.proxy().enabled()) {
            startProxy(context, edge);
        }

        DefaultServerTransportSecurityValidator rebinding = DefaultServerTransportSecurityValidator.builder()
                .allowedHosts(edge.allowedHosts()).allowedOrigins(edge.allowedOrigins()).build();
        var streamable = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper()).mcpEndpoint("/mcp")
                .contextExtractor(new CallerContext())
                .httpHeaderValidator(rebinding).maxRequestSize(edge.maxRequestBytes()).build();
        var sse = HttpServletSseServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper()).baseUrl(context.getContextPath())
                .contextExtractor(new CallerContext())
                .sseEndpoint("/sse").messageEndpoint("/message")
                .httpHeaderValidator(rebinding).maxRequestSize(edge.maxRequestBytes()).build();
        running.add(servers.streamable(streamable));
        running.add(servers.sse(sse));
        addServlet(context, "mcp-streamable-http", streamable, "/mcp");
        addServlet(context, "mcp-sse", sse, "/sse", "/message");
        LOG.info(() -> "mcpgate " + Version.CURRENT + " serves MCP at " + context.getContextPath()
                + "/mcp (Streamable HTTP) and " + context.getContextPath() + "/sse (HTTP+SSE)");
    }

    /** The OAuth proxy: tokens checked at the edge, Atlassian's callback route, the purge of expired rows. */
    private void startProxy(ServletContext context, EdgeSettings edge) {
        ProxySettings proxy = settings.proxy();
        addFilter(context, "mcp-bearer-token", new BearerTokenFilter(accessTokens.get(), proxy, servers.writeTools(),
                edge.maxRequestBytes()));
        String callback = settings.jira().oauthClient().orElseThrow().redirectUri().getRawPath()
                .substring(proxy.publicBaseUrl().getRawPath().length());
        addServlet(context, "oauth-upstream-callback", new UpstreamCallbackServlet(signIn.get(), proxy, signer.get()),
                callback);
        purge.get().start();
        LOG.info(() -> "mcpgate's OAuth proxy issues tokens as " + proxy.issuer() + "; Atlassian returns people to "
                + context.getContextPath() + callback);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (settings.proxy().enabled()) {
            purge.get().stop();
        }
        running.forEach(McpSyncServer::closeGracefully);
        running.clear();
    }

    private static void addFilter(ServletContext context, String name, Filter filter) {
        FilterRegistration.Dynamic registration = context.addFilter(name, filter);
        registration.setAsyncSupported(true);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, PATHS);
    }

    private static void addServlet(ServletContext context, String name, Servlet servlet, String... paths) {
        ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
        registration.setAsyncSupported(true);
        registration.setLoadOnStartup(1);
        registration.addMapping(paths);
    }
}

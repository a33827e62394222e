package org.mcpgate.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.atlassian.auth.AuthenticationRequired;
import org.mcpgate.atlassian.auth.Caller;
import org.mcpgate.jira.JiraClients;

/**
 * Ready when the database and Jira both answer. Jira's answer is cached for a few seconds so that load
 * balancers probing every second never hammer Jira.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    static final Duration JIRA_CACHE = Duration.ofSeconds(10);

    @Resource(lookup = "jdbc/mcpgate")
    DataSource dataSource;

    @Inject
    JiraClients jira;

    private final CachedProbe jiraProbe = new CachedProbe(JIRA_CACHE, Clock.systemUTC(), this::probeJira);

    @Override
    public HealthCheckResponse call() {
        String database = probeDatabase();
        CachedProbe.Result jiraResult = jiraProbe.get();
        return HealthCheckResponse.named("mcpgate")
                .status(database == null && jiraResult.up())
                .withData("database", database == null ? "UP" : database)
                .withData("jira", jiraResult.up() ? "UP" : jiraResult.problem())
                .build();
    }

    private String probeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? null : "DOWN: the connection is not valid";
        } catch (SQLException e) {
            return "DOWN: " + e.getMessage();
        }
    }

    private CachedProbe.Result probeJira() {
        try {
            try {
                jira.forCaller(Caller.ANONYMOUS).serverInfo();
            } catch (AuthenticationRequired perRequestOnly) {
                jira.assertReachable();
            }
            return CachedProbe.Result.UP;
        } catch (UpstreamException e) {
            return new CachedProbe.Result(false, "DOWN: " + e.getMessage());
        }
    }
}

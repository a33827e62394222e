package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What an admin reads in the server log: the configuration summary at startup, and never a secret. */
class ServerLogIT {

    static String messagesLog() throws IOException {
        Path log = Path.of(System.getProperty("mcpgate.usr.dir"), "servers", "mcpgate-it", "logs", "messages.log");
        return Files.readString(log);
    }

    @Test
    void startupSummaryNamesEveryJiraKeyWithTheTokenMasked() throws IOException {
        String log = messagesLog();
        assertTrue(log.contains("mcpgate configuration:"), "the summary is logged");
        assertTrue(log.contains("JIRA_PERSONAL_TOKEN        ******** (set)"), "the token is shown as set");
        assertTrue(log.contains("JIRA_URL                   " + Servers.JIRA), "the Jira URL is shown");
    }

    @Test
    void noCredentialEverAppearsInTheLog() throws IOException {
        String log = messagesLog();
        for (String secret : new String[] {"sim-alice-token", "sim-bob-token", "Ym9iOmJvYg==", "not-a-token",
                "mcpgate-it-secret", "mcpgate-cloud-it-secret", "admin-it-password"}) {
            assertFalse(log.contains(secret), secret);
        }
    }

    @Test
    void migrationsLogNoClasspathScanError() throws IOException {
        String errors = messagesLog().lines().filter(line -> line.contains(" E ") && line.contains("org.flyway"))
                .reduce("", (a, b) -> a + b + "\n");
        assertTrue(errors.isEmpty(), errors);
    }
}

package org.mcpgate.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on the server's real datasource (Derby, PostgreSQL or MariaDB, as the build chose): the
 * schema is the one the versioned migrations built, and JPA reads and writes it through CDI and JTA.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "mcpgate-db-it.war")
                .addClasses(NodeStart.class, NodeStarts.class, NodeName.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    NodeStarts nodeStarts;

    @Resource(lookup = "jdbc/mcpgate")
    DataSource dataSource;

    /** Flyway names its history table and columns in lower case; quoting them reads them on every database. */
    @Test
    void schemaComesFromTheVersionedMigrations() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(String.format("SELECT %1$sversion%1$s, %1$ssuccess%1$s FROM"
                        + " %1$smcpgate_schema_history%1$s ORDER BY %1$sinstalled_rank%1$s",
                        connection.getMetaData().getIdentifierQuoteString()))) {
            assertTrue(rows.next(), "Flyway recorded the migrations");
            assertEquals("1", rows.getString(1));
            assertTrue(rows.getBoolean(2));
        }
    }

    @Test
    void theServerRecordedItsStartThroughJpa() {
        List<NodeStart> starts = nodeStarts.latest(10);
        assertFalse(starts.isEmpty(), "mcpgate records each start when it comes up");
        assertTrue(starts.get(0).startedAt().isAfter(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    @Test
    void aRecordWrittenInOneTransactionIsReadInTheNext() {
        NodeStart written = nodeStarts.record("db-it-node", "test");
        NodeStart read = nodeStarts.latest(50).stream().filter(s -> s.id().equals(written.id())).findFirst()
                .orElseThrow();
        assertEquals("db-it-node", read.node());
        assertEquals(written.startedAt().truncatedTo(ChronoUnit.SECONDS),
                read.startedAt().truncatedTo(ChronoUnit.SECONDS));
    }
}

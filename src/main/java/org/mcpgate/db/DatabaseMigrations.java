package org.mcpgate.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at startup from the versioned SQL files in {@code db/migration}: the same files a
 * DBA can run by hand. JPA never creates or alters tables.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /**
     * Liberty's class loaders find a folder only through a file in it, so this folder and Flyway's fixed
     * {@code db/callback} hold an empty {@code flyway.location} (under src/main/resources, keeping db/ pure SQL).
     */
    static final String LOCATION = "classpath:db/migration";

    @Resource(lookup = "jdbc/mcpgate")
    DataSource dataSource;

    public void apply() {
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .callbackLocations(LOCATION)
                .table("mcpgate_schema_history")
                .baselineOnMigrate(false)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + (result.targetSchemaVersion == null
                ? result.initialSchemaVersion : result.targetSchemaVersion) + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}

package org.mcpgate.oauth.persistence;

import jakarta.persistence.CacheRetrieveMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/** How the OAuth rows are read and how their times are written, the same way in every repository. */
final class Rows {

    /**
     * Read the row itself. The entities are never in the shared cache, but a caller's transaction may already hold
     * a row that a bulk UPDATE or DELETE has since changed, and EclipseLink answers with that copy unless told to
     * refresh it (as in {@code JpaUpstreamGrants}).
     */
    static final Map<String, Object> FROM_DATABASE = Map.of("jakarta.persistence.cache.retrieveMode",
            CacheRetrieveMode.BYPASS, "eclipselink.refresh", "true");

    private Rows() {
    }

    /**
     * The instant as a UTC TIMESTAMP (JPA 3.1 maps LocalDateTime, not Instant, to a plain TIMESTAMP everywhere), in
     * whole seconds: MariaDB's TIMESTAMP keeps no fraction, so every database now answers alike.
     */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }

    static LocalDateTime utc(Optional<Instant> instant) {
        return instant.map(Rows::utc).orElse(null);
    }

    static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    static Optional<Instant> maybeInstant(LocalDateTime utc) {
        return Optional.ofNullable(utc).map(Rows::instant);
    }
}

package org.mcpgate.jirasim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Jira's date and time formats; the simulated server runs in UTC. */
final class JiraTime {
    static final ZoneOffset ZONE = ZoneOffset.UTC;
    private static final DateTimeFormatter REST = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
            .withZone(ZONE);
    private static final DateTimeFormatter RENDERED = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH)
            .withZone(ZONE);
    private static final DateTimeFormatter RENDERED_DATE = DateTimeFormatter.ofPattern("dd/MMM/yy", Locale.ENGLISH);

    private JiraTime() {
    }

    /** {@code 2024-01-15T10:30:00.000+0000}. */
    static String format(Instant instant) {
        return instant == null ? null : REST.format(instant);
    }

    static Instant parse(String text) {
        return REST.parse(text, Instant::from);
    }

    /** What renderedFields shows for a date-time: {@code 15/Jan/24 10:30 AM}. */
    static String rendered(Instant instant) {
        return instant == null ? null : RENDERED.format(instant);
    }

    static String renderedDate(String isoDate) {
        return isoDate == null ? null : RENDERED_DATE.format(LocalDate.parse(isoDate));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}

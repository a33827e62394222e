package org.mcpgate.jirasim;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JQL date values: absolute dates, relative periods ({@code -7d}, {@code 4w 2d}) and the date functions. */
final class JqlDates {
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT));
    private static final Pattern PERIOD = Pattern.compile("^([-+]?)\\s*((?:\\d+\\s*[wdhm]\\s*)+)$");
    private static final Pattern PERIOD_PART = Pattern.compile("(\\d+)\\s*([wdhm])");
    private static final Pattern OFFSET = Pattern.compile("^([-+]?\\d+)([yMwdhm]?)$");
    static final List<String> FUNCTIONS = List.of("now", "startofday", "endofday", "startofweek", "endofweek",
            "startofmonth", "endofmonth", "startofyear", "endofyear");

    private final Instant now;

    JqlDates(Instant now) {
        this.now = now;
    }

    static String invalid(String value, String field) {
        return "Date value '" + value + "' for field '" + field + "' is invalid. Valid formats include: "
                + "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. "
                + "'-5d', '4w 2d'.";
    }

    Optional<Instant> value(String text) {
        String trimmed = text.trim();
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(trimmed, format).toInstant(JiraTime.ZONE));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format).atStartOfDay(JiraTime.ZONE).toInstant());
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        Matcher period = PERIOD.matcher(trimmed);
        if (period.matches()) {
            Duration total = Duration.ZERO;
            Matcher part = PERIOD_PART.matcher(period.group(2));
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                total = total.plus(switch (part.group(2)) {
                    case "w" -> Duration.ofDays(7 * amount);
                    case "d" -> Duration.ofDays(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofMinutes(amount);
                });
            }
            return Optional.of(period.group(1).equals("-") ? now.minus(total) : now.plus(total));
        }
        return Optional.empty();
    }

    /** The instant of a date function, or empty when the function or its offset is unknown. */
    Optional<Instant> function(String name, List<String> args) {
        String fn = name.toLowerCase(Locale.ROOT);
        if (!FUNCTIONS.contains(fn) || args.size() > 1) {
            return Optional.empty();
        }
        ZonedDateTime at = now.atZone(JiraTime.ZONE);
        if (fn.equals("now")) {
            return Optional.of(now);
        }
        String unit = fn.replace("startof", "").replace("endof", "");
        if (args.size() == 1) {
            Matcher offset = OFFSET.matcher(args.get(0).trim());
            if (!offset.matches()) {
                return Optional.empty();
            }
            long amount = Long.parseLong(offset.group(1).replace("+", ""));
            String u = offset.group(2).isEmpty() ? Map.of("day", "d", "week", "w", "month", "M", "year", "y")
                    .get(unit) : offset.group(2);
            at = switch (u) {
                case "y" -> at.plusYears(amount);
                case "M" -> at.plusMonths(amount);
                case "w" -> at.plusWeeks(amount);
                case "d" -> at.plusDays(amount);
                case "h" -> at.plusHours(amount);
                default -> at.plusMinutes(amount);
            };
        }
        ZonedDateTime start = switch (unit) {
            case "day" -> at.truncatedTo(ChronoUnit.DAYS);
            case "week" -> at.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            case "month" -> at.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            default -> at.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
        if (fn.startsWith("start")) {
            return Optional.of(start.toInstant());
        }
        ZonedDateTime next = switch (unit) {
            case "day" -> start.plusDays(1);
            case "week" -> start.plusWeeks(1);
            case "month" -> start.plusMonths(1);
            default -> start.plusYears(1);
        };
        return Optional.of(next.toInstant().minusMillis(1));
    }
}

package org.mcpgate.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Runs a probe at most once per period; concurrent callers within the period share the last result. */
final class CachedProbe {

    record Result(boolean up, String problem) {
        static final Result UP = new Result(true, null);
    }

    private record Stamped(Result result, Instant at) {
    }

    private final Duration period;
    private final Clock clock;
    private final Supplier<Result> probe;
    private volatile Stamped last;

    CachedProbe(Duration period, Clock clock, Supplier<Result> probe) {
        this.period = period;
        this.clock = clock;
        this.probe = probe;
    }

    Result get() {
        Stamped current = last;
        if (current != null && clock.instant().isBefore(current.at().plus(period))) {
            return current.result();
        }
        synchronized (this) {
            current = last;
            if (current == null || !clock.instant().isBefore(current.at().plus(period))) {
                current = new Stamped(probe.get(), clock.instant());
                last = current;
            }
            return current.result();
        }
    }
}

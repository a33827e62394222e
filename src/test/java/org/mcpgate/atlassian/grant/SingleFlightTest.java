package org.mcpgate.atlassian.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private static final int CALLERS = 32;

    private final ExecutorService pool = Executors.newFixedThreadPool(CALLERS + 2);
    private final SingleFlight<String, String> flight = new SingleFlight<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void runWhenCallersOfOneKeyArriveTogetherThenTheComputationRunsOnceAndAllShareItsResult() throws Exception {
        AtomicInteger arrived = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        List<Future<String>> results = burst(arrived, "k", () -> {
            runs.incrementAndGet();
            awaitAll(arrived);
            return "value";
        });

        for (Future<String> result : results) {
            assertEquals("value", result.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, runs.get());
        assertEquals(0, flight.running(), "nothing left in flight");
    }

    @Test
    void runWhenTheComputationFailsThenEveryWaiterGetsTheSameException() throws Exception {
        AtomicInteger arrived = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("refresh refused");
        List<Future<String>> results = burst(arrived, "k", () -> {
            runs.incrementAndGet();
            awaitAll(arrived);
            throw failure;
        });

        for (Future<String> result : results) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> result.get(10, TimeUnit.SECONDS));
            assertSame(failure, e.getCause());
        }
        assertEquals(1, runs.get());
        assertEquals("again", flight.run("k", () -> "again"), "a failure is not remembered");
    }

    @Test
    void runWhenKeysDifferThenTheirComputationsRunAtTheSameTime() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        Supplier<String> meetTheOther = () -> {
            bothRunning.countDown();
            try {
                return bothRunning.await(10, TimeUnit.SECONDS) ? "met" : "alone";
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        Future<String> a = pool.submit(() -> flight.run("a", meetTheOther));
        Future<String> b = pool.submit(() -> flight.run("b", meetTheOther));

        assertEquals("met", a.get(15, TimeUnit.SECONDS));
        assertEquals("met", b.get(15, TimeUnit.SECONDS));
    }

    @Test
    void runWhenAComputationEndedThenTheNextCallComputesAgain() {
        AtomicInteger runs = new AtomicInteger();

        assertEquals("1", flight.run("k", () -> Integer.toString(runs.incrementAndGet())));
        assertEquals("2", flight.run("k", () -> Integer.toString(runs.incrementAndGet())));
    }

    /** {@link #CALLERS} threads released together by a latch, each counting itself in just before it calls. */
    private List<Future<String>> burst(AtomicInteger arrived, String key, Supplier<String> computation) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            results.add(pool.submit(() -> {
                start.await();
                arrived.incrementAndGet();
                return flight.run(key, computation);
            }));
        }
        start.countDown();
        return results;
    }

    /** Holds the computation until every caller is about to call, and a moment more for them to reach the map. */
    private static void awaitAll(AtomicInteger arrived) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (arrived.get() < CALLERS && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(arrived.get() == CALLERS, "all callers arrived");
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

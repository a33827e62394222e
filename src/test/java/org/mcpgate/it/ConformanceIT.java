package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official MCP conformance suite ({@code @modelcontextprotocol/conformance}) runs its default server suite
 * against the test deployment {@code /conformance/mcp} (mcpgate plus the fixtures of
 * {@code org.mcpgate.conformance}); every scenario must pass. One test per scenario; the suite's own results stay
 * in {@code target/conformance-results} (a {@code checks.json} per scenario), its output in
 * {@code target/node-tools}.
 */
class ConformanceIT {

    private static final Path RESULTS = Path.of("target", "conformance-results").toAbsolutePath();
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern SUITE = Pattern.compile("Running (\\w+) suite \\((\\d+) scenarios\\)");
    private static final Pattern SCENARIO = Pattern.compile("=== Running scenario: (\\S+) ===");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> defaultServerSuiteThenEveryScenarioPasses() throws IOException {
        Path cli = NodeTools.requirePackage("@modelcontextprotocol/conformance").resolve("dist/index.js");
        Path node = NodeTools.node22();
        deleteRecursively(RESULTS);
        String url = Servers.MCPGATE + "/conformance/mcp";
        NodeTools.Run run = NodeTools.run(List.of(node.toString(), cli.toString(), "server", "--url", url,
                "-o", RESULTS.toString()), node.getParent(), TIMEOUT, NodeTools.LOGS.resolve("conformance.log"),
                "Could not start " + node + ".");

        Matcher suite = SUITE.matcher(run.output());
        if (!suite.find()) {
            fail("The conformance suite did not start (exit " + run.exitCode() + "):\n" + run.tail(40));
        }
        List<String> scenarios = new ArrayList<>();
        SCENARIO.matcher(run.output()).results().forEach(m -> scenarios.add(m.group(1)));
        int announced = Integer.parseInt(suite.group(2));

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the " + suite.group(1) + " suite ran all its " + announced + " scenarios",
                () -> {
                    assertEquals(announced, scenarios.size(), run.tail(40));
                    assertFalse(scenarios.isEmpty(), run.tail(40));
                }));
        for (String scenario : scenarios) {
            tests.add(DynamicTest.dynamicTest(scenario, () -> assertScenarioPassed(scenario, run)));
        }
        tests.add(DynamicTest.dynamicTest("the suite exits 0", () -> assertEquals(0, run.exitCode(),
                run.tail(60))));
        return tests.stream();
    }

    private static void assertScenarioPassed(String scenario, NodeTools.Run run) throws IOException {
        Path checksFile = checksOf(scenario).orElseThrow(() -> new AssertionError(scenario
                + " left no checks.json in " + RESULTS + "; the suite's output:\n" + run.tail(60)));
        JsonNode checks = JSON.readTree(checksFile.toFile());
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (JsonNode check : checks) {
            String status = check.path("status").asString();
            if (status.equals("FAILURE")) {
                failures.add(check.path("id").asString() + ": " + shorten(check.path("errorMessage").asString(
                        check.path("description").asString())));
            } else if (status.equals("SUCCESS")) {
                passed++;
            }
        }
        assertTrue(failures.isEmpty(), scenario + " failed " + failures.size() + " check(s):\n  "
                + String.join("\n  ", failures) + "\n(details: " + checksFile + ")");
        assertTrue(passed > 0, scenario + " passed no check at all (details: " + checksFile + ")");
    }

    /** An error message can carry a whole HTML error page: keep its start. */
    private static String shorten(String message) {
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }

    /** The suite writes {@code server-<scenario>-<timestamp>/checks.json}. */
    private static Optional<Path> checksOf(String scenario) throws IOException {
        if (!Files.isDirectory(RESULTS)) {
            return Optional.empty();
        }
        String prefix = "server-" + scenario + "-";
        try (Stream<Path> dirs = Files.list(RESULTS)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(prefix)
                    && d.getFileName().toString().substring(prefix.length()).matches("\\d{4}-.*"))
                    .map(d -> d.resolve("checks.json")).filter(Files::isRegularFile).findFirst();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

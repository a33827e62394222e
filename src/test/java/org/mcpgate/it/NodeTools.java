package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node tools of {@code src/test/node} (installed there by {@code npm ci}, which the build runs before the
 * integration tests): the machine's {@code node} for the TypeScript SDK client, and the Node 22 that the npm
 * package {@code node} installs for the conformance suite, which needs it.
 */
final class NodeTools {

    static final Path PROJECT = Path.of("src", "test", "node").toAbsolutePath();
    private static final Path NODE_MODULES = PROJECT.resolve("node_modules");
    /** Where the runs' output is kept. */
    static final Path LOGS = Path.of("target", "node-tools").toAbsolutePath();
    private static final String INSTALL = "Run 'npm ci' in " + PROJECT + " (the build does it in pre-integration-test;"
            + " it needs Node.js 20+ with npm on the PATH, e.g. 'apt-get install nodejs npm').";

    /** What a finished command printed (stdout and stderr together) and how it exited. */
    record Run(int exitCode, String output) {

        /** The last lines, for assertion messages that must stay readable. */
        String tail(int lines) {
            List<String> all = output.lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    private NodeTools() {
    }

    /** The machine's {@code node}, checked to run. */
    static String systemNode() {
        Run version = run(List.of("node", "--version"), null, Duration.ofSeconds(30), LOGS.resolve("node-version.log"),
                "Node.js is not on the PATH: install Node.js 20 or newer (e.g. 'apt-get install nodejs').");
        if (version.exitCode() != 0) {
            fail("'node --version' failed: " + version.output());
        }
        return "node";
    }

    /** The Node 22 binary the npm package {@code node} put in node_modules, checked to be Node 22 or newer. */
    static Path node22() {
        Path node = NODE_MODULES.resolve(".bin").resolve("node");
        String missing = "No Node 22 at " + node + ": the npm package 'node' installs it with its preinstall script,"
                + " which package.json's allowScripts must approve. " + INSTALL;
        if (!Files.isExecutable(node)) {
            fail(missing);
        }
        Run version = run(List.of(node.toString(), "--version"), null, Duration.ofSeconds(30),
                LOGS.resolve("node22-version.log"), missing);
        String major = version.output().strip().replaceFirst("^v(\\d+)\\..*", "$1");
        if (version.exitCode() != 0 || !major.matches("\\d+") || Integer.parseInt(major) < 22) {
            fail("The conformance suite needs Node 22 or newer, but " + node + " is '" + version.output().strip()
                    + "'. " + INSTALL);
        }
        return node;
    }

    /** Fails, saying how to fix it, unless {@code npm ci} has installed the given package. */
    static Path requirePackage(String name) {
        Path dir = NODE_MODULES.resolve(name);
        if (!Files.isRegularFile(dir.resolve("package.json"))) {
            fail("The npm package " + name + " is not installed in " + NODE_MODULES + ". " + INSTALL);
        }
        return dir;
    }

    /**
     * Runs a command in {@link #PROJECT}, with {@code pathFirst} (if any) first on the PATH, and waits at most
     * {@code timeout}. Its output is kept in {@code log} for a human to read after a failure.
     */
    static Run run(List<String> command, Path pathFirst, Duration timeout, Path log, String ifMissing) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
        if (pathFirst != null) {
            builder.environment().merge("PATH", pathFirst.toString(), (old, first) -> first + ":" + old);
        }
        builder.environment().put("NO_COLOR", "1");
        try {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " did not finish within " + timeout + ". Its output (" + log + "):\n"
                        + tail(Files.readString(log, StandardCharsets.UTF_8)));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail(ifMissing + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + command);
        }
    }

    private static String tail(String output) {
        return new Run(-1, output).tail(60);
    }
}

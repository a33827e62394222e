package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP TypeScript SDK client ({@code src/test/node/ts-client-check.mjs}) drives the seven Jira tools
 * over each transport, on the machine's Node: what Claude Desktop, MCP Inspector and most agents run.
 */
class TypeScriptClientIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static String node;

    @BeforeAll
    static void nodeAndSdkInstalled() {
        node = NodeTools.systemNode();
        NodeTools.requirePackage("@modelcontextprotocol/sdk");
    }

    @BeforeEach
    void freshJira() {
        JiraSimulatorControl.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"streamable-http", "sse"})
    void typeScriptSdkClientThenEveryJiraToolCheckPasses(String transport) {
        NodeTools.Run run = NodeTools.run(List.of(node, "ts-client-check.mjs", Servers.MCPGATE, transport), null,
                TIMEOUT, NodeTools.LOGS.resolve("ts-client-check-" + transport + ".log"),
                "Could not start " + node + ".");
        String failed = String.join("\n", run.output().lines().filter(l -> l.startsWith("FAIL")).toList());
        assertEquals(0, run.exitCode(), "ts-client-check failed over " + transport + ":\n"
                + (failed.isEmpty() ? run.tail(40) : failed));
        assertTrue(run.output().contains("PASS [" + transport + "] unknown tool is a JSON-RPC error"), run.output());
    }
}

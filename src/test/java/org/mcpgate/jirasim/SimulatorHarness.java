package org.mcpgate.jirasim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One simulator on an ephemeral port per test class, back to its seed data before every test. */
abstract class SimulatorHarness {
    static JiraSimulator jira;
    static SimClient client;

    @BeforeAll
    static void startSimulator() {
        jira = JiraSimulator.start("127.0.0.1", 0);
        client = new SimClient(jira.baseUrl());
    }

    @AfterAll
    static void stopSimulator() {
        jira.close();
    }

    @BeforeEach
    void resetSimulator() {
        client.post("/_sim/reset", null, "{}");
    }
}

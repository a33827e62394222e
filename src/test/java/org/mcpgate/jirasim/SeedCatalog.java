package org.mcpgate.jirasim;

import java.util.List;

/** The reference data of the seed instance: three projects, Jira's default types, priorities and a simple workflow. */
final class SeedCatalog {
    static final String TODO = "10000";
    static final String IN_PROGRESS = "3";
    static final String DONE = "10001";
    static final String BUG = "1";
    static final String TASK = "3";
    static final String SUBTASK = "5";
    static final String EPIC = "10000";
    static final String STORY = "10001";
    static final String STORY_POINTS = "customfield_10100";
    static final String EPIC_LINK = "customfield_10101";
    static final String EPIC_NAME = "customfield_10102";

    private SeedCatalog() {
    }

    static JiraCatalog build() {
        SimStatusCategory noCategory = new SimStatusCategory(1, "undefined", "medium-gray", "No Category");
        SimStatusCategory toDo = new SimStatusCategory(2, "new", "blue-gray", "To Do");
        SimStatusCategory inProgress = new SimStatusCategory(4, "indeterminate", "yellow", "In Progress");
        SimStatusCategory done = new SimStatusCategory(3, "done", "green", "Done");
        return new JiraCatalog(users(), projects(), List.of(noCategory, toDo, done, inProgress),
                List.of(new SimStatus(TODO, "To Do", "", "/images/icons/statuses/open.png", toDo, 1),
                        new SimStatus(IN_PROGRESS, "In Progress",
                                "This issue is being actively worked on at the moment by the assignee.",
                                "/images/icons/statuses/inprogress.png", inProgress, 2),
                        new SimStatus(DONE, "Done", "", "/images/icons/statuses/closed.png", done, 3)),
                List.of(new SimIssueType(BUG, "Bug",
                                "A problem which impairs or prevents the functions of the product.", false, 10303, 1),
                        new SimIssueType(TASK, "Task", "A task that needs to be done.", false, 10318, 2),
                        new SimIssueType(STORY, "Story", "Created by Jira Software - do not edit or delete. Issue type"
                                + " for a user story.", false, 10315, 3),
                        new SimIssueType(EPIC, "Epic", "Created by Jira Software - do not edit or delete. Issue type"
                                + " for a big user story that needs to be broken down.", false, 10307, 4),
                        new SimIssueType(SUBTASK, "Sub-task", "The sub-task of the issue", true, 10316, 5)),
                List.of(new SimPriority("1", "Highest", "This problem will block progress.",
                                "/images/icons/priorities/highest.svg", "#d04437", 1),
                        new SimPriority("2", "High", "Serious problem that could block progress.",
                                "/images/icons/priorities/high.svg", "#f15C75", 2),
                        new SimPriority("3", "Medium", "Has the potential to affect progress.",
                                "/images/icons/priorities/medium.svg", "#f79232", 3),
                        new SimPriority("4", "Low", "Minor problem or easily worked around.",
                                "/images/icons/priorities/low.svg", "#707070", 4),
                        new SimPriority("5", "Lowest", "Trivial problem with little or no impact on progress.",
                                "/images/icons/priorities/lowest.svg", "#999999", 5)),
                List.of(new SimResolution("1", "Fixed", "A fix for this issue is checked into the tree and tested."),
                        new SimResolution("2", "Won't Fix",
                                "The problem described is an issue which will never be fixed."),
                        new SimResolution("3", "Duplicate", "The problem is a duplicate of an existing issue."),
                        new SimResolution("4", "Incomplete", "The problem is not completely described."),
                        new SimResolution("5", "Cannot Reproduce", "All attempts at reproducing this issue failed."),
                        new SimResolution("10000", "Done", "Work has been completed on this issue.")),
                List.of(new SimTransition("11", "Start Progress", List.of(TODO), IN_PROGRESS, false, 10),
                        new SimTransition("21", "To Do", List.of(IN_PROGRESS), TODO, false, 20),
                        new SimTransition("31", "Done", List.of(TODO, IN_PROGRESS), DONE, true, 30),
                        new SimTransition("41", "Reopen", List.of(DONE), TODO, false, 40)),
                SeedFields.all(), "3");
    }

    private static List<SimUser> users() {
        return List.of(
                new SimUser("admin", "JIRAUSER10000", "Administrator", "admin@example.com", true, "UTC", "admin",
                        List.of("jira-administrators", "jira-software-users")),
                new SimUser("alice", "JIRAUSER10100", "Alice Example", "alice@example.com", true, "Europe/Berlin",
                        "alice", List.of("jira-software-users", "developers")),
                new SimUser("bob", "JIRAUSER10101", "Bob Builder", "bob@example.com", true, "America/New_York", "bob",
                        List.of("jira-software-users")),
                new SimUser("carol", "JIRAUSER10102", "Carol Gone", "carol@example.com", false, "UTC", "carol",
                        List.of("jira-software-users")));
    }

    private static List<SimProject> projects() {
        List<String> standard = List.of(BUG, TASK, STORY, EPIC, SUBTASK);
        return List.of(
                new SimProject("10000", "DEMO", "Demo Project", "The product the demo team builds.", "alice", 10324,
                        List.of(new SimComponent("10000", "Backend", "Server side services"),
                                new SimComponent("10001", "Frontend", "Web user interface"),
                                new SimComponent("10002", "API", "Public REST API")),
                        List.of(new SimVersion("10000", "1.0", "First release", true, "2024-02-01"),
                                new SimVersion("10001", "1.1", "Maintenance release", false, "2024-06-30"),
                                new SimVersion("10002", "2.0", "Next major release", false, null)),
                        standard),
                new SimProject("10001", "OPS", "Operations", "Infrastructure and on-call work.", "bob", 10325,
                        List.of(new SimComponent("10003", "Infrastructure", "Hosts, networks and certificates"),
                                new SimComponent("10004", "Monitoring", "Alerts and dashboards")),
                        List.of(), List.of(BUG, TASK, STORY, SUBTASK)),
                new SimProject("10002", "SEC", "Security", "Security findings and reviews.", "admin", 10326,
                        List.of(new SimComponent("10005", "Authentication", "Login, sessions and tokens"),
                                new SimComponent("10006", "Audit", "Access reviews and audit logs")),
                        List.of(), List.of(BUG, TASK, SUBTASK)));
    }
}

package org.mcpgate.jirasim;

import static org.mcpgate.jirasim.SeedCatalog.BUG;
import static org.mcpgate.jirasim.SeedCatalog.DONE;
import static org.mcpgate.jirasim.SeedCatalog.EPIC;
import static org.mcpgate.jirasim.SeedCatalog.IN_PROGRESS;
import static org.mcpgate.jirasim.SeedCatalog.STORY;
import static org.mcpgate.jirasim.SeedCatalog.SUBTASK;
import static org.mcpgate.jirasim.SeedCatalog.TASK;
import static org.mcpgate.jirasim.SeedCatalog.TODO;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.StringNode;

/** The fourteen seed issues, with wiki-markup descriptions, comments and a little history. */
final class SeedIssues {
    private final JiraStore store;

    private SeedIssues(JiraStore store) {
        this.store = store;
    }

    static void load(JiraStore store) {
        new SeedIssues(store).all();
    }

    private void all() {
        SimIssue demo1 = issue("DEMO", BUG, "Login fails when the password contains special characters", TODO, "2",
                "alice", "bob", "2024-01-15T10:30:00.000+0000", "2024-02-02T09:12:44.000+0000");
        demo1.description = """
                h2. Steps
                # Open the login page
                # Enter a password containing {{%}} or {{&}}
                # Press *Log In*

                h2. Expected
                The user is logged in.

                h2. Actual
                An error page is shown. See the stack trace:
                {code:java}
                java.lang.IllegalArgumentException: URLDecoder: Illegal hex characters in escape (%) pattern
                    at java.net.URLDecoder.decode(URLDecoder.java:194)
                {code}
                Reported first on [the support portal|http://support.example.com/tickets/4711].""";
        demo1.labels.addAll(List.of("login", "security"));
        demo1.componentIds.add("10000");
        demo1.fixVersionIds.add("10001");
        demo1.versionIds.add("10000");
        comment(demo1, "bob", "I can reproduce this with {{p%ss}} on staging.", "2024-01-16T08:00:00.000+0000");
        comment(demo1, "alice", "Looks like we decode the form twice. Fix coming in *1.1*.",
                "2024-02-02T09:12:44.000+0000");

        SimIssue demo2 = issue("DEMO", STORY, "As a user I want to export reports as CSV", IN_PROGRESS, "3", "alice",
                "admin", "2024-01-22T11:15:00.000+0000", "2024-03-04T16:45:10.000+0000");
        demo2.description = "h3. Acceptance criteria\n* The export button is on every report\n"
                + "* Columns match the table on screen\n* Dates use _ISO 8601_";
        demo2.labels.add("export");
        demo2.componentIds.add("10002");
        demo2.fixVersionIds.add("10002");
        demo2.customFields.put(SeedCatalog.STORY_POINTS, DoubleNode.valueOf(5.0));
        comment(demo2, "admin", "Please keep the column order configurable.", "2024-01-23T10:00:00.000+0000");
        history(demo2, "alice", "2024-03-04T16:45:10.000+0000", "status", TODO, "To Do", IN_PROGRESS, "In Progress");

        SimIssue demo3 = issue("DEMO", TASK, "Update dependencies to the latest versions", DONE, "4", "bob", "bob",
                "2024-01-25T09:00:00.000+0000", "2024-02-10T17:30:00.000+0000");
        demo3.description = "Run the dependency report and update everything that is not a major upgrade.";
        demo3.labels.add("maintenance");
        demo3.componentIds.add("10000");
        demo3.fixVersionIds.add("10000");
        resolve(demo3, "10000", "2024-02-10T17:30:00.000+0000");
        history(demo3, "bob", "2024-02-10T17:30:00.000+0000", "status", TODO, "To Do", DONE, "Done");

        SimIssue demo4 = issue("DEMO", EPIC, "Reporting improvements", TODO, "3", "alice", "admin",
                "2024-01-26T14:00:00.000+0000", "2024-01-26T14:00:00.000+0000");
        demo4.description = "Everything our users asked for about reports.";
        demo4.customFields.put(SeedCatalog.EPIC_NAME, StringNode.valueOf("Reporting"));

        demo2.customFields.put(SeedCatalog.EPIC_LINK, StringNode.valueOf(demo4.key));

        SimIssue demo5 = issue("DEMO", SUBTASK, "Write the CSV serializer", IN_PROGRESS, "3", "alice", "alice",
                "2024-02-01T10:00:00.000+0000", "2024-03-01T12:00:00.000+0000");
        demo5.parentKey = demo2.key;
        demo5.componentIds.add("10002");

        SimIssue demo6 = issue("DEMO", BUG, "Dashboard chart renders blank in Firefox", TODO, "1", null, "bob",
                "2024-02-12T13:20:00.000+0000", "2024-02-12T13:20:00.000+0000");
        demo6.description = """
                The revenue chart on the dashboard stays empty in Firefox 122.

                * Chrome: fine
                * Firefox: blank canvas
                * Safari: not tested

                Console output:
                {noformat}
                TypeError: ctx.roundRect is not a function
                {noformat}""";
        demo6.labels.addAll(List.of("firefox", "ui"));
        demo6.componentIds.add("10001");
        demo6.dueDate = "2024-03-01";

        SimIssue demo7 = issue("DEMO", STORY, "Dark mode for the web UI", TODO, "4", "bob", "alice",
                "2024-03-05T08:45:00.000+0000", "2024-03-05T08:45:00.000+0000");
        demo7.description = "Follow the operating system's _prefers-color-scheme_ setting.";
        demo7.labels.add("ui");
        demo7.componentIds.add("10001");
        demo7.customFields.put(SeedCatalog.STORY_POINTS, DoubleNode.valueOf(8.0));

        SimIssue demo8 = issue("DEMO", TASK, "Document the REST API", IN_PROGRESS, "3", "alice", "alice",
                "2024-03-11T15:00:00.000+0000", "2024-04-02T10:20:00.000+0000");
        demo8.description = "Publish the OpenAPI file and a *getting started* page.";
        demo8.labels.add("docs");
        demo8.componentIds.add("10002");

        SimIssue ops1 = issue("OPS", TASK, "Rotate TLS certificates on the load balancer", TODO, "2", "bob", "bob",
                "2024-01-18T07:30:00.000+0000", "2024-01-18T07:30:00.000+0000");
        ops1.description = "The certificates expire on *2024-02-20*. Runbook: "
                + "[TLS rotation|http://wiki.example.com/ops/tls]";
        ops1.labels.addAll(List.of("maintenance", "tls"));
        ops1.componentIds.add("10003");
        ops1.dueDate = "2024-02-15";

        SimIssue ops2 = issue("OPS", BUG, "Disk usage alert fires too often", IN_PROGRESS, "3", "bob", "alice",
                "2024-02-05T22:10:00.000+0000", "2024-02-06T09:00:00.000+0000");
        ops2.description = "The alert threshold is 70%; raise it to 85% and add a 10 minute delay.";
        ops2.labels.add("alerting");
        ops2.componentIds.add("10004");
        comment(ops2, "bob", "Raised to 85%, watching it for a week.", "2024-02-06T09:00:00.000+0000");

        SimIssue ops3 = issue("OPS", TASK, "Set up nightly database backups", DONE, "2", "admin", "bob",
                "2024-01-10T12:00:00.000+0000", "2024-01-31T18:00:00.000+0000");
        ops3.componentIds.add("10003");
        resolve(ops3, "1", "2024-01-31T18:00:00.000+0000");

        SimIssue ops4 = issue("OPS", STORY, "Migrate CI runners to the new hosts", TODO, "3", null, "admin",
                "2024-04-15T09:30:00.000+0000", "2024-04-15T09:30:00.000+0000");
        ops4.description = "Old hosts are decommissioned in June.";

        SimIssue sec1 = issue("SEC", BUG, "Session cookie is missing the Secure flag", TODO, "1", "admin", "alice",
                "2024-02-20T11:00:00.000+0000", "2024-02-21T08:30:00.000+0000");
        sec1.description = "Set {{Secure}} and {{HttpOnly}} on *JSESSIONID*.";
        sec1.labels.addAll(List.of("cookies", "security"));
        sec1.componentIds.add("10005");
        SimComment restricted = comment(sec1, "admin", "Exploit details are in the pentest report, page 12.",
                "2024-02-21T08:30:00.000+0000");
        restricted.visibility = Json.object().put("type", "role").put("value", "Developers");

        SimIssue sec2 = issue("SEC", TASK, "Quarterly access review", IN_PROGRESS, "3", "alice", "admin",
                "2024-04-01T09:00:00.000+0000", "2024-04-03T14:00:00.000+0000");
        sec2.componentIds.add("10006");
        sec2.dueDate = "2024-04-30";
    }

    private SimIssue issue(String project, String type, String summary, String status, String priority,
            String assignee, String reporter, String created, String updated) {
        SimIssue issue = new SimIssue();
        issue.projectKey = project;
        issue.issueTypeId = type;
        issue.summary = summary;
        issue.statusId = status;
        issue.priorityId = priority;
        issue.assignee = assignee;
        issue.reporter = reporter;
        issue.creator = reporter;
        issue.created = JiraTime.parse(created);
        issue.updated = JiraTime.parse(updated);
        return store.add(issue);
    }

    private SimComment comment(SimIssue issue, String author, String body, String created) {
        SimComment comment = new SimComment(store.nextCommentId(), author, body, JiraTime.parse(created), null);
        issue.comments.add(comment);
        return comment;
    }

    private void resolve(SimIssue issue, String resolutionId, String when) {
        issue.resolutionId = resolutionId;
        issue.resolutionDate = JiraTime.parse(when);
    }

    private void history(SimIssue issue, String author, String when, String field, String from, String fromString,
            String to, String toString) {
        Instant created = JiraTime.parse(when);
        issue.history.add(new SimHistory(store.nextHistoryId(), author, created,
                List.of(new SimChangeItem(field, "jira", from, fromString, to, toString))));
    }
}

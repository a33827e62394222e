package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated instance's state: catalog, issues and id counters. Not thread-safe by itself: the dispatcher runs
 * every Jira request while holding {@link #lock()}, so handlers see a consistent instance.
 */
final class JiraStore {
    private final Object lock = new Object();
    private JiraCatalog catalog;
    private final Map<String, SimIssue> issuesByKey = new LinkedHashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private long nextIssueId;
    private long nextCommentId;
    private long nextHistoryId;

    JiraStore() {
        reset();
    }

    Object lock() {
        return lock;
    }

    /** Back to the seed data. */
    void reset() {
        synchronized (lock) {
            issuesByKey.clear();
            lastNumber.clear();
            nextIssueId = 10000;
            nextCommentId = 10000;
            nextHistoryId = 10000;
            catalog = SeedCatalog.build();
            SeedIssues.load(this);
        }
    }

    JiraCatalog catalog() {
        return catalog;
    }

    /** An issue by key (any letter case) or numeric id. */
    Optional<SimIssue> issue(String idOrKey) {
        if (idOrKey == null) {
            return Optional.empty();
        }
        SimIssue byKey = issuesByKey.get(idOrKey.toUpperCase(Locale.ROOT));
        if (byKey != null) {
            return Optional.of(byKey);
        }
        return issuesByKey.values().stream().filter(i -> String.valueOf(i.id).equals(idOrKey)).findFirst();
    }

    SimIssue requireIssue(String idOrKey) {
        return issue(idOrKey).orElseThrow(JiraErrors::issueNotFound);
    }

    List<SimIssue> issues() {
        return new ArrayList<>(issuesByKey.values());
    }

    List<SimIssue> subtasksOf(String parentKey) {
        return issuesByKey.values().stream().filter(i -> parentKey.equals(i.parentKey)).toList();
    }

    /** Gives a validated new issue its id and the project's next key, and stores it. */
    SimIssue add(SimIssue issue) {
        issue.id = nextIssueId++;
        int number = lastNumber.merge(issue.projectKey, 1, Integer::sum);
        issue.key = issue.projectKey + "-" + number;
        issuesByKey.put(issue.key, issue);
        return issue;
    }

    /** Replaces an issue by its edited copy. */
    void replace(SimIssue edited) {
        issuesByKey.put(edited.key, edited);
    }

    String nextCommentId() {
        return String.valueOf(nextCommentId++);
    }

    String nextHistoryId() {
        return String.valueOf(nextHistoryId++);
    }
}

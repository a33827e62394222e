package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JQL subset against the seed data, without HTTP. */
class JqlEvaluatorTest {
    private static final Instant NOW = Instant.parse("2024-04-16T12:00:00Z");
    private final JiraStore store = new JiraStore();

    private List<String> keys(String jql) {
        SimUser alice = store.catalog().user("alice").orElseThrow();
        return new JqlEvaluator(store, alice, NOW).search(jql).stream().map(i -> i.key).toList();
    }

    private List<String> sortedKeys(String jql) {
        return keys(jql).stream().sorted().toList();
    }

    private List<String> errors(String jql) {
        return assertThrows(JqlException.class, () -> keys(jql)).messages();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "project = DEMO|8",
        "project = demo|8",
        "project = \"Demo Project\"|8",
        "project = 10001|4",
        "project in (OPS, SEC)|6",
        "project != DEMO|6",
        "project not in (DEMO, OPS)|2",
        "issuetype = Bug|4",
        "type in standardIssueTypes()|13",
        "issuetype in subTaskIssueTypes()|1",
        "status = \"In Progress\"|5",
        "statusCategory = Done|2",
        "statusCategory = new|7",
        "resolution = Unresolved|12",
        "resolution is not EMPTY|2",
        "resolution = Fixed|1",
        "priority in (Highest, High)|5",
        "component = Backend|2",
        "component in (Frontend, API)|5",
        "fixVersion = 1.1|1",
        "labels = security|2",
        "labels is EMPTY|5",
        "assignee is EMPTY|2",
        "assignee = currentUser()|6",
        "assignee = \"Bob Builder\"|4",
        "assignee in membersOf(\"jira-administrators\")|2",
        "reporter = alice AND assignee != alice|3",
        "summary ~ chart|1",
        "summary ~ \"CSV serializer\"|1",
        "text ~ staging|1",
        "comment ~ \"pentest report\"|1",
        "description ~ \"\\\"stack trace\\\"\"|1",
        "description is EMPTY|3",
        "summary !~ the|6",
        "NOT project = DEMO|6",
        "project = DEMO AND NOT (labels = ui OR labels is EMPTY)|4",
        "created >= 2024-03-01|4",
        "created < \"2024/01/16\"|2",
        "created >= \"2024-01-15 10:30\" AND created <= \"2024-01-15 10:30\"|1",
        "created >= -7d|1",
        "updated >= startOfMonth()|3",
        "created > endOfDay()|0",
        "due <= 2024-02-28|1",
        "duedate is not EMPTY|3",
        "resolved >= 2024-02-01|1",
        "key = DEMO-1|1",
        "issuekey in (DEMO-1, OPS-2, sec-1)|3",
        "key > DEMO-6|2",
        "id = 10000|1",
        "parent = DEMO-2|1",
        "\"Epic Link\" = DEMO-4|1",
        "\"Story Points\" > 5|1",
        "cf[10100] in (5, 8)|2",
        "\"Story Points\" is EMPTY|12",
        "\"Epic Name\" ~ report|1",
        "|14",
    })
    void countsMatchTheSeedData(String jql, int count) {
        assertEquals(count, keys(jql == null ? "" : jql).size(), jql);
    }

    @Test
    void notEqualNeverMatchesEmptyFieldsButNotDoes() {
        assertEquals(List.of("DEMO-1", "DEMO-2", "DEMO-4", "DEMO-5", "DEMO-8", "OPS-3", "SEC-1", "SEC-2"),
                sortedKeys("assignee != bob"));
        assertEquals(10, keys("NOT assignee = bob").size());
    }

    @Test
    void orderByKeyPriorityAndDates() {
        assertEquals(List.of("OPS-1", "OPS-2", "OPS-3", "OPS-4"), keys("project = OPS ORDER BY key ASC"));
        assertEquals(List.of("OPS-4", "OPS-3", "OPS-2", "OPS-1"), keys("project = OPS ORDER BY key DESC"));
        assertEquals(List.of("OPS-1", "OPS-3", "OPS-2", "OPS-4"), keys("project = OPS ORDER BY priority DESC, key"));
        assertEquals(List.of("OPS-4", "OPS-2", "OPS-1", "OPS-3"), keys("project = OPS ORDER BY created"));
        assertEquals("DEMO-1", keys("ORDER BY key").get(0));
    }

    @Test
    void emptyValuesSortLastAscendingAndFirstDescending() {
        List<String> ascending = keys("project = DEMO ORDER BY assignee ASC, key ASC");
        assertEquals(List.of("DEMO-1", "DEMO-6"), List.of(ascending.get(0), ascending.get(ascending.size() - 1)));
        assertEquals("DEMO-6", keys("project = DEMO ORDER BY assignee DESC").get(0));
    }

    @Test
    void withoutOrderByNewestIssueFirst() {
        List<String> keys = keys("project = SEC");
        assertEquals(List.of("SEC-2", "SEC-1"), keys);
    }

    @Test
    void unknownFieldAndValuesAreAllReported() {
        assertEquals(List.of("Field 'foo' does not exist or you do not have permission to view it.",
                "The value 'NOPE' does not exist for the field 'project'.",
                "The value 'zed' does not exist for the field 'assignee'."),
                errors("foo = bar AND project = NOPE AND assignee = zed"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "summary = login|The operator '=' is not supported by the 'summary' field.",
        "project ~ DEMO|The operator '~' is not supported by the 'project' field.",
        "status = Nope|The value 'Nope' does not exist for the field 'status'.",
        "key = DEMO-999|An issue with key 'DEMO-999' does not exist for field 'key'.",
        "key = XYZ-1|The issue key 'XYZ-1' for field 'key' is invalid.",
        "created > yesterday|Date value 'yesterday' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
        "assignee = foo()|Unable to find JQL function 'foo()'.",
        "project = currentUser()|A value provided by the function 'currentUser' is invalid for the field 'project'.",
        "project = DEMO ORDER BY labels|Field 'labels' does not support sorting.",
        "project = DEMO ORDER BY nope|Field 'nope' does not exist or you do not have permission to view it.",
        "summary ~ \"\"|The field 'summary' does not support searching for an empty string.",
    })
    void validationErrorsUseJirasWording(String jql, String message) {
        assertEquals(List.of(message), errors(jql));
    }

    @Test
    void lenientValidationTurnsUnknownValuesIntoWarnings() {
        List<String> warnings = new ArrayList<>();
        List<SimIssue> found = new JqlEvaluator(store, null, NOW).search("project = NOPE OR project = SEC", false,
                warnings);
        assertEquals(2, found.size());
        assertEquals(List.of("The value 'NOPE' does not exist for the field 'project'."), warnings);
    }

    @Test
    void currentUserMatchesNothingForAnonymous() {
        assertTrue(new JqlEvaluator(store, null, NOW).search("assignee = currentUser()").isEmpty());
    }
}

package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The top-level members of the simulator's answers against the schemas the OpenAPI file declares for them. The file's
 * known defects are corrected as its README says: list endpoints declared as one item are checked element by element,
 * issue field values (typed object) are not looked into, and members real Jira DC sends but the file omits are
 * allowed by name, each one seen in a recorded body under /work/shared/atlassian/recorded.
 */
class ResponseSchemaTest extends SimulatorHarness {
    private static final OpenApiContract CONTRACT = OpenApiContract.jiraDataCenter();
    /** sumoheavy issue/10002.json and every search result carry "expand" on issues. */
    private static final Set<String> ISSUE_EXTRAS = Set.of("expand");
    /** sumoheavy project/SAMPLEPROJECT.json; projectTypeKey and expand are in every DC project list. */
    private static final Set<String> PROJECT_EXTRAS = Set.of("expand", "projectTypeKey", "lead", "components",
            "issueTypes", "assigneeType", "versions", "roles");

    /**
     * Checks {@code objects} against the schema the file declares for {@code method path status}, which must be
     * {@code schemaName}; returns the problems.
     */
    private static List<String> check(String method, String path, int status, String schemaName, JsonNode objects,
            Set<String> extras) {
        JsonNode declaredSchema = CONTRACT.responseSchema(method, path, status).orElseThrow(() ->
                new AssertionError(method + " " + path + " declares no " + status + " schema"));
        assertEquals(CONTRACT.schema(schemaName).orElseThrow(), declaredSchema, method + " " + path);
        return against(schemaName, objects, extras);
    }

    private static List<String> against(String schemaName, JsonNode objects, Set<String> extras) {
        JsonNode schema = CONTRACT.schema(schemaName).orElseThrow();
        Set<String> declared = CONTRACT.declaredProperties(schema);
        Set<String> required = CONTRACT.requiredProperties(schema);
        List<String> problems = new ArrayList<>();
        List<JsonNode> list = new ArrayList<>();
        if (objects.isArray()) {
            objects.forEach(list::add);
        } else {
            list.add(objects);
        }
        assertTrue(!list.isEmpty(), "nothing to check against " + schemaName);
        for (JsonNode object : list) {
            for (String name : required) {
                if (!object.has(name)) {
                    problems.add(schemaName + ": required '" + name + "' missing");
                }
            }
            for (String name : object.propertyNames()) {
                if (!declared.contains(name) && !extras.contains(name)) {
                    problems.add(schemaName + ": '" + name + "' is not declared");
                }
            }
            if (object.propertyNames().stream().noneMatch(declared::contains)) {
                problems.add(schemaName + ": no declared member at all in " + object.propertyNames());
            }
        }
        return problems;
    }

    private static JsonNode get(String path) {
        SimClient.Response response = client.get(path, SimClient.ALICE);
        assertEquals(200, response.status(), path);
        return response.json();
    }

    @Test
    void searchResultsAndTheirIssues() {
        JsonNode page = get("/rest/api/2/search?jql=project%3DDEMO&expand=names,schema,renderedFields,changelog");
        List<String> problems = new ArrayList<>(check("GET", "/rest/api/2/search", 200, "SearchResultsBean", page,
                Set.of()));
        problems.addAll(against("IssueBean", page.path("issues"), ISSUE_EXTRAS));
        JsonNode posted = client.post("/rest/api/2/search", SimClient.ALICE, "{\"jql\":\"project = OPS\"}").json();
        problems.addAll(check("POST", "/rest/api/2/search", 200, "SearchResultsBean", posted, Set.of()));
        assertEquals(List.of(), problems);
    }

    @Test
    void issueFullyExpandedCreatedAndItsComments() {
        String path = "/rest/api/2/issue/DEMO-1";
        List<String> problems = new ArrayList<>(check("GET", path, 200, "IssueBean",
                get(path + "?expand=renderedFields,names,schema,transitions,changelog"), ISSUE_EXTRAS));
        JsonNode created = client.post("/rest/api/2/issue", SimClient.ALICE, "{\"fields\":{\"project\":{\"key\":"
                + "\"OPS\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"Schema check\"}}").json();
        problems.addAll(check("POST", "/rest/api/2/issue", 201, "IssueCreateResponse", created, Set.of()));
        JsonNode comments = get(path + "/comment");
        problems.addAll(check("GET", path + "/comment", 200, "CommentsWithPaginationJsonBean", comments, Set.of()));
        problems.addAll(against("CommentJsonBean", comments.path("comments"), Set.of()));
        JsonNode added = client.post(path + "/comment", SimClient.ALICE, "{\"body\":\"x\"}").json();
        problems.addAll(check("POST", path + "/comment", 201, "CommentJsonBean", added, Set.of()));
        problems.addAll(check("GET", path + "/comment/10000", 200, "CommentJsonBean", get(path + "/comment/10000"),
                Set.of()));
        assertEquals(List.of(), problems);
    }

    @Test
    void transitions() {
        String path = "/rest/api/2/issue/DEMO-1/transitions";
        JsonNode json = get(path + "?expand=transitions.fields");
        // The recorded transitions (sumoheavy, go-jira) carry "expand"; hasScreen is DC's flag for a screen.
        List<String> problems = new ArrayList<>(check("GET", path, 200, "TransitionsMetaBean", json,
                Set.of("expand")));
        problems.addAll(against("TransitionBean", json.path("transitions"), Set.of("hasScreen")));
        assertEquals(List.of(), problems);
    }

    @Test
    void usersDeclaredAsOneItemForLists() {
        List<String> problems = new ArrayList<>();
        problems.addAll(check("GET", "/rest/api/2/myself", 200, "UserBean", get("/rest/api/2/myself?expand=groups"),
                Set.of()));
        problems.addAll(check("GET", "/rest/api/2/user", 200, "UserBean", get("/rest/api/2/user?username=bob"),
                Set.of()));
        problems.addAll(check("GET", "/rest/api/2/user/search", 200, "UserBean",
                get("/rest/api/2/user/search?username=."), Set.of()));
        problems.addAll(check("GET", "/rest/api/2/user/assignable/search", 200, "UserBean",
                get("/rest/api/2/user/assignable/search?project=DEMO"), Set.of()));
        assertEquals(List.of(), problems);
    }

    @Test
    void referenceDataDeclaredAsOneItem() {
        List<String> problems = new ArrayList<>();
        problems.addAll(check("GET", "/rest/api/2/field", 200, "FieldBean", get("/rest/api/2/field"), Set.of()));
        problems.addAll(check("GET", "/rest/api/2/issuetype", 200, "IssueTypeJsonBean", get("/rest/api/2/issuetype"),
                Set.of()));
        problems.addAll(check("GET", "/rest/api/2/priority", 200, "PriorityJsonBean", get("/rest/api/2/priority"),
                Set.of()));
        problems.addAll(check("GET", "/rest/api/2/status", 200, "StatusJsonBean", get("/rest/api/2/status"),
                Set.of()));
        problems.addAll(check("GET", "/rest/api/2/resolution", 200, "ResolutionJsonBean",
                get("/rest/api/2/resolution"), Set.of()));
        problems.addAll(check("GET", "/rest/api/2/project", 200, "ProjectBean", get("/rest/api/2/project"),
                PROJECT_EXTRAS));
        problems.addAll(check("GET", "/rest/api/2/project/DEMO", 200, "ProjectBean", get("/rest/api/2/project/DEMO"),
                PROJECT_EXTRAS));
        // sumoheavy SAMPLEPROJECT.json shows isAssigneeTypeValid on components.
        problems.addAll(check("GET", "/rest/api/2/project/DEMO/components", 200, "ComponentBean",
                get("/rest/api/2/project/DEMO/components"), Set.of("isAssigneeTypeValid", "projectId")));
        assertEquals(List.of(), problems);
    }

    @Test
    void createMetaPagesDeclaredAsOneItem() {
        String types = "/rest/api/2/issue/createmeta/DEMO/issuetypes";
        List<String> problems = new ArrayList<>(check("GET", types, 200, "CreateMetaIssueTypeBean",
                get(types).path("values"), Set.of()));
        problems.addAll(check("GET", types + "/1", 200, "FieldMetaBean", get(types + "/1").path("values"),
                Set.of()));
        assertEquals(List.of(), problems);
    }

    @Test
    void serverInfoSchemaDeclaresNoMembersSoOnlyItsPresenceIsChecked() {
        JsonNode schema = CONTRACT.responseSchema("GET", "/rest/api/2/serverInfo", 200).orElseThrow();
        assertEquals(Set.of(), CONTRACT.declaredProperties(schema), "the file now describes ServerInfoBean: check it");
        assertTrue(get("/rest/api/2/serverInfo").has("deploymentType"));
    }
}

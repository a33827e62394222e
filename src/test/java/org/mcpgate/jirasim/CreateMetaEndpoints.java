package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Jira 9+'s paginated create metadata: the issue types of a project, then the fields of one type. */
final class CreateMetaEndpoints {
    private final JiraStore store;
    private final Links links;

    CreateMetaEndpoints(JiraStore store, Links links) {
        this.store = store;
        this.links = links;
    }

    void register(Router router) {
        router.add("GET", "/rest/api/2/issue/createmeta/{projectIdOrKey}/issuetypes", this::issueTypes);
        router.add("GET", "/rest/api/2/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}", this::fields);
    }

    ApiResponse issueTypes(ApiRequest request) {
        SimProject project = project(request);
        CatalogJson json = new CatalogJson(links, store.catalog());
        List<JsonNode> values = new ArrayList<>();
        project.issueTypeIds().forEach(id -> values.add(json.issueType(store.catalog().issueTypeById(id))));
        return ApiResponse.ok(page(values, request));
    }

    ApiResponse fields(ApiRequest request) {
        SimProject project = project(request);
        JiraCatalog catalog = store.catalog();
        SimIssueType type = catalog.issueType(request.pathParam("issueTypeId"))
                .filter(t -> project.issueTypeIds().contains(t.id()))
                .orElseThrow(() -> JiraErrors.notFound("Issue type with id '" + request.pathParam("issueTypeId")
                        + "' does not exist or is not available for project '" + project.key() + "'."));
        CatalogJson json = new CatalogJson(links, catalog);
        FieldMetaJson meta = new FieldMetaJson(json);
        List<JsonNode> values = new ArrayList<>();
        for (String id : IssueScreens.fields(type, true)) {
            SimField field = catalog.field(id).orElseThrow();
            if (id.equals("comment")) {
                continue;
            }
            boolean required = List.of("project", "issuetype", "summary", "reporter", "parent",
                    SeedCatalog.EPIC_NAME).contains(id);
            ArrayNode allowed = switch (id) {
                case "project" -> Json.array().add(json.projectBrief(project));
                case "issuetype" -> Json.array().add(json.issueType(type));
                case "priority" -> array(catalog.priorities().stream().map(json::priority).toList());
                case "components" -> array(project.components().stream().map(json::component).toList());
                case "fixVersions", "versions" -> array(project.versions().stream()
                        .map(v -> (JsonNode) json.version(v, project)).toList());
                default -> null;
            };
            List<String> operations = switch (id) {
                case "labels", "components", "fixVersions", "versions" -> List.of("add", "set", "remove");
                default -> List.of("set");
            };
            ObjectNode entry = meta.field(field, required, operations, allowed);
            if (List.of("assignee", "reporter").contains(id)) {
                entry.put("autoCompleteUrl", links.api("user/assignable/search?project=" + project.key()
                        + "&username="));
            }
            values.add(entry);
        }
        return ApiResponse.ok(page(values, request));
    }

    private SimProject project(ApiRequest request) {
        String ref = request.pathParam("projectIdOrKey");
        return store.catalog().projects().stream()
                .filter(p -> p.id().equals(ref) || p.key().equalsIgnoreCase(ref))
                .findFirst()
                .orElseThrow(() -> JiraErrors.badRequest("Project with key '" + ref + "' was not found or you do not"
                        + " have permission to create issues in it."));
    }

    private static ArrayNode array(List<? extends JsonNode> nodes) {
        ArrayNode array = Json.array();
        nodes.forEach(array::add);
        return array;
    }

    /** {@code {"maxResults","startAt","total","isLast","values":[...]}}, as in the recorded createmetav9.json. */
    private static ObjectNode page(List<JsonNode> values, ApiRequest request) {
        int startAt = Math.max(0, request.query().integer("startAt", 0));
        int maxResults = Math.min(200, Math.max(0, request.query().integer("maxResults", 50)));
        ObjectNode json = Json.object();
        json.put("maxResults", maxResults);
        json.put("startAt", startAt);
        json.put("total", values.size());
        json.put("isLast", startAt + maxResults >= values.size());
        ArrayNode array = json.putArray("values");
        values.stream().skip(startAt).limit(maxResults).forEach(array::add);
        return json;
    }
}

package org.mcpgate.jirasim;

import tools.jackson.databind.node.ArrayNode;

/** Reference data: field, project, project/{key}, its components, issuetype, priority, status, resolution. */
final class MetadataEndpoints {
    private final JiraStore store;
    private final Links links;

    MetadataEndpoints(JiraStore store, Links links) {
        this.store = store;
        this.links = links;
    }

    void register(Router router) {
        router.add("GET", "/rest/api/2/field", this::fields);
        router.add("GET", "/rest/api/2/project", this::projects);
        router.add("GET", "/rest/api/2/project/{projectIdOrKey}", this::project);
        router.add("GET", "/rest/api/2/project/{projectIdOrKey}/components", this::components);
        router.add("GET", "/rest/api/2/issuetype", this::issueTypes);
        router.add("GET", "/rest/api/2/priority", this::priorities);
        router.add("GET", "/rest/api/2/status", this::statuses);
        router.add("GET", "/rest/api/2/resolution", this::resolutions);
    }

    private CatalogJson json() {
        return new CatalogJson(links, store.catalog());
    }

    ApiResponse fields(ApiRequest request) {
        ArrayNode array = Json.array();
        store.catalog().fields().forEach(f -> array.add(json().field(f)));
        return ApiResponse.ok(array);
    }

    ApiResponse projects(ApiRequest request) {
        ArrayNode array = Json.array();
        store.catalog().projects().forEach(p -> array.add(json().projectBrief(p)));
        return ApiResponse.ok(array);
    }

    ApiResponse project(ApiRequest request) {
        return ApiResponse.ok(json().projectFull(requireProject(store, request.pathParam("projectIdOrKey"))));
    }

    ApiResponse components(ApiRequest request) {
        SimProject project = requireProject(store, request.pathParam("projectIdOrKey"));
        ArrayNode array = Json.array();
        project.components().forEach(c -> array.add(json().component(c).put("project", project.key())
                .put("projectId", Long.parseLong(project.id())).put("isAssigneeTypeValid", false)));
        return ApiResponse.ok(array);
    }

    ApiResponse issueTypes(ApiRequest request) {
        ArrayNode array = Json.array();
        store.catalog().issueTypes().forEach(t -> array.add(json().issueType(t)));
        return ApiResponse.ok(array);
    }

    ApiResponse priorities(ApiRequest request) {
        ArrayNode array = Json.array();
        store.catalog().priorities().forEach(p -> array.add(json().priorityFull(p)));
        return ApiResponse.ok(array);
    }

    ApiResponse statuses(ApiRequest request) {
        ArrayNode array = Json.array();
        store.catalog().statuses().forEach(s -> array.add(json().status(s)));
        return ApiResponse.ok(array);
    }

    ApiResponse resolutions(ApiRequest request) {
        ArrayNode array = Json.array();
        store.catalog().resolutions().forEach(r -> array.add(json().resolution(r)));
        return ApiResponse.ok(array);
    }

    /** A project by id or key (not by name, unlike JQL); Jira's 404 otherwise. */
    static SimProject requireProject(JiraStore store, String idOrKey) {
        return store.catalog().projects().stream()
                .filter(p -> p.id().equals(idOrKey) || p.key().equalsIgnoreCase(idOrKey))
                .findFirst()
                .orElseThrow(() -> JiraErrors.notFound("No project could be found with key '" + idOrKey + "'."));
    }
}

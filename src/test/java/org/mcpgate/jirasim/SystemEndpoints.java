package org.mcpgate.jirasim;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Server information and users: serverInfo, myself, user, user/search, user/assignable/search. */
final class SystemEndpoints {
    static final String VERSION = "10.3.4";

    private final JiraStore store;
    private final Links links;

    SystemEndpoints(JiraStore store, Links links) {
        this.store = store;
        this.links = links;
    }

    void register(Router router) {
        router.addAnonymousReadable("GET", "/rest/api/2/serverInfo", this::serverInfo);
        router.add("GET", "/rest/api/2/myself", this::myself);
        router.add("GET", "/rest/api/2/user", this::user);
        router.add("GET", "/rest/api/2/user/search", this::search);
        router.add("GET", "/rest/api/2/user/assignable/search", this::assignable);
    }

    /** Jira DC reports {@code deploymentType: Server}; only Cloud says Cloud. */
    ApiResponse serverInfo(ApiRequest request) {
        ObjectNode json = Json.object();
        json.put("baseUrl", links.baseUrl());
        json.put("version", VERSION);
        ArrayNode numbers = json.putArray("versionNumbers");
        Stream.of(VERSION.split("\\.")).map(Integer::valueOf).forEach(numbers::add);
        json.put("deploymentType", "Server");
        json.put("buildNumber", 10030004);
        json.put("buildDate", "2025-02-19T00:00:00.000+0000");
        json.put("databaseBuildNumber", 10030004);
        json.put("serverTime", JiraTime.format(JiraTime.now()));
        json.put("scmInfo", "5ac1e7fbd08c07f04e9c7b8e1d8b8a0c7d9b3f21");
        json.put("serverTitle", "Jira");
        return ApiResponse.ok(json);
    }

    ApiResponse myself(ApiRequest request) {
        return ApiResponse.ok(new UserJson(links).full(request.user(), expands(request, "groups")));
    }

    /** {@code ?username=} or {@code ?key=}; 404 when nobody has it. */
    ApiResponse user(ApiRequest request) {
        String username = request.param("username");
        String key = request.param("key");
        JiraCatalog catalog = store.catalog();
        SimUser user = (username != null ? catalog.user(username) : catalog.userByKey(String.valueOf(key)))
                .orElseThrow(() -> key != null && username == null
                        ? JiraErrors.notFound("The user with the key '" + key + "' does not exist")
                        : JiraErrors.notFound("The user named '" + username + "' does not exist"));
        return ApiResponse.ok(new UserJson(links).full(user, expands(request, "groups")));
    }

    /** Matches the start of the name, display name words or e-mail; {@code .} lists everyone. */
    ApiResponse search(ApiRequest request) {
        String username = request.param("username");
        if (username == null) {
            throw JiraErrors.badRequest("The username query parameter was not provided");
        }
        boolean active = request.query().bool("includeActive", true);
        boolean inactive = request.query().bool("includeInactive", false);
        List<SimUser> found = matching(username).filter(u -> u.active() ? active : inactive).toList();
        return ApiResponse.ok(page(found, request));
    }

    ApiResponse assignable(ApiRequest request) {
        String username = request.param("username");
        String project = request.param("project");
        String issueKey = request.param("issueKey");
        if (project == null && issueKey == null) {
            throw JiraErrors.badRequest("Either the 'project' or the 'issueKey' query parameter must be provided");
        }
        if (issueKey != null) {
            store.requireIssue(issueKey);
        } else if (store.catalog().project(project).isEmpty()) {
            throw JiraErrors.notFound("No project could be found with key '" + project + "'.");
        }
        List<SimUser> found = matching(username == null ? "." : username).filter(SimUser::active).toList();
        return ApiResponse.ok(page(found, request));
    }

    private Stream<SimUser> matching(String text) {
        String query = text.toLowerCase(Locale.ROOT);
        return store.catalog().users().stream().filter(u -> query.equals(".") || query.isEmpty()
                || u.name().toLowerCase(Locale.ROOT).startsWith(query)
                || u.emailAddress().toLowerCase(Locale.ROOT).startsWith(query)
                || Stream.of(u.displayName().toLowerCase(Locale.ROOT).split("\\s+"))
                        .anyMatch(word -> word.startsWith(query)));
    }

    private ArrayNode page(List<SimUser> users, ApiRequest request) {
        int startAt = Math.max(0, request.query().integer("startAt", 0));
        int maxResults = Math.min(1000, Math.max(0, request.query().integer("maxResults", 50)));
        ArrayNode array = Json.array();
        users.stream().skip(startAt).limit(maxResults).forEach(u -> array.add(new UserJson(links).brief(u)));
        return array;
    }

    private static boolean expands(ApiRequest request, String name) {
        String expand = request.query().joined("expand");
        return expand != null && List.of(expand.split(",")).contains(name);
    }
}

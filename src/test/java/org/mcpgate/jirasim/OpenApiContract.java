package org.mcpgate.jirasim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Atlassian's OpenAPI description of Jira Software DC 10.3 as a contract: whether a (method, path) on the wire is one
 * of its operations, and what it declares an answer contains. The server base is {@code /rest}; templates match
 * segment-wise; query strings are ignored; {@code /rest/api/latest} and {@code /rest/agile/latest} are Jira's aliases
 * of {@code /rest/api/2} and {@code /rest/agile/1.0}. A path through Atlassian's Cloud API gateway,
 * {@code /ex/jira/{cloudId}/rest/...}, is checked as the REST path after the prefix. The request-log check,
 * {@link #violations}, also admits the operations Atlassian documents outside the file ({@link #DOCUMENTED_ELSEWHERE}):
 * the two of Jira's OAuth 2.0 provider and the Cloud gateway's accessible-resources.
 */
public final class OpenApiContract {
    /** The copy that travels with the project. */
    public static final String JIRA_DC_RESOURCE = "/jirasim/jira-software-dc-10.3.json";
    private static final String BASE = "/rest";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    /**
     * Operations Atlassian documents outside the REST OpenAPI file, as {@code METHOD /path}, which
     * {@link #violations} lets through: Jira DC's OAuth 2.0 provider (Jira 8.22+, incoming application links; its own
     * page, "Jira OAuth 2.0 provider API", Jira administration docs) and the Cloud gateway's accessible-resources.
     * Only these exact paths (query ignored): other methods, other versions than {@code latest} and other
     * {@code /rest/oauth2} paths are still violations, and {@link #allows} still answers for the file alone.
     */
    public static final List<String> DOCUMENTED_ELSEWHERE = List.of(
            "GET /rest/oauth2/latest/authorize",
            "POST /rest/oauth2/latest/token",
            // Atlassian Cloud's API gateway (api.atlassian.com): the sites an OAuth 2.0 (3LO) access token may reach,
            // with their cloud ids. Documented with OAuth 2.0 (3LO) apps ("Making calls to API", developer.atlassian
            // .com/cloud/oauth/getting-started), not in any product's OpenAPI file. Only this exact path: the gateway
            // has no /ex/jira/{cloudId} form of it.
            "GET " + CloudGateway.ACCESSIBLE_RESOURCES);
    /** Atlassian Cloud's API gateway prefix before a site's REST paths: {@code /ex/jira/{cloudId}}. */
    private static final String GATEWAY_PREFIX = "/ex/jira/";
    private static volatile OpenApiContract jiraDataCenter;

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    /** One operation of the file; {@code template} is relative to the server base, e.g. {@code /api/2/search}. */
    public record Operation(String method, String template, String operationId) {
    }

    private OpenApiContract(JsonNode document) {
        this.document = document;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            Json.text(op.getValue(), "operationId")));
                }
            }
        }
        // Most literal segments first, so /issue/createmeta/{p}/issuetypes wins over /issue/{key}/...
        operations.sort(Comparator.comparingInt((Operation o) -> PathTemplate.literalCount(o.template())).reversed());
    }

    /** The Jira Software DC 10.3 file from the test classpath, loaded once. */
    public static OpenApiContract jiraDataCenter() {
        OpenApiContract contract = jiraDataCenter;
        if (contract == null) {
            try (InputStream in = OpenApiContract.class.getResourceAsStream(JIRA_DC_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(JIRA_DC_RESOURCE + " is not on the classpath");
                }
                contract = load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jiraDataCenter = contract;
        }
        return contract;
    }

    public static OpenApiContract load(InputStream in) {
        return new OpenApiContract(Json.MAPPER.readTree(in));
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** Whether {@code method path} (path as on the wire, under /rest, query allowed) is an operation of the file. */
    public boolean allows(String method, String path) {
        return operation(method, path).isPresent();
    }

    public Optional<Operation> operation(String method, String path) {
        Optional<String> relative = relative(path);
        if (relative.isEmpty() || method == null) {
            return Optional.empty();
        }
        String wanted = method.toUpperCase(Locale.ROOT);
        return operations.stream()
                .filter(o -> o.method().equals(wanted) && PathTemplate.match(o.template(), relative.get()).isPresent())
                .findFirst();
    }

    /** The path below the server base, with the query removed and the {@code latest} aliases resolved. */
    private static Optional<String> relative(String path) {
        if (path == null) {
            return Optional.empty();
        }
        int query = path.indexOf('?');
        String bare = gatewayStripped(query >= 0 ? path.substring(0, query) : path);
        if (!bare.startsWith(BASE + "/")) {
            return Optional.empty();
        }
        String rest = bare.substring(BASE.length());
        if (rest.startsWith("/api/latest/")) {
            rest = "/api/2/" + rest.substring("/api/latest/".length());
        } else if (rest.startsWith("/agile/latest/")) {
            rest = "/agile/1.0/" + rest.substring("/agile/latest/".length());
        }
        return Optional.of(rest);
    }

    /**
     * {@code /ex/jira/{cloudId}/rest/...} (Atlassian's Cloud gateway in front of a site) as {@code /rest/...}; any other
     * path unchanged. The cloud id is one non-empty segment.
     */
    static String gatewayStripped(String path) {
        if (!path.startsWith(GATEWAY_PREFIX)) {
            return path;
        }
        int slash = path.indexOf('/', GATEWAY_PREFIX.length());
        if (slash <= GATEWAY_PREFIX.length() || !path.startsWith(BASE + "/", slash)) {
            return path;
        }
        return path.substring(slash);
    }

    /** Whether {@code method path} is one of the {@link #DOCUMENTED_ELSEWHERE} operations (query ignored). */
    public static boolean documentedElsewhere(String method, String path) {
        if (method == null || path == null) {
            return false;
        }
        int query = path.indexOf('?');
        String bare = query >= 0 ? path.substring(0, query) : path;
        return DOCUMENTED_ELSEWHERE.contains(method.toUpperCase(Locale.ROOT) + " " + bare);
    }

    /**
     * One message per recorded request that is neither an operation of the file (directly or through the Cloud
     * gateway's {@code /ex/jira/{cloudId}} prefix) nor one of the {@link #DOCUMENTED_ELSEWHERE} operations; empty when
     * all are.
     */
    public List<String> violations(List<RecordedRequest> requests) {
        List<String> out = new ArrayList<>();
        for (RecordedRequest request : requests) {
            if (!allows(request.method(), request.path())
                    && !documentedElsewhere(request.method(), request.path())) {
                out.add(request.method() + " " + request.path()
                        + " is not an operation of the Jira DC 10.3 OpenAPI description");
            }
        }
        return out;
    }

    /** The declared schema of an answer, {@code $ref}s resolved; empty when the file declares none. */
    public Optional<JsonNode> responseSchema(String method, String path, int status) {
        return operation(method, path).map(op -> document.path("paths").path(op.template())
                        .path(op.method().toLowerCase(Locale.ROOT)).path("responses").path(String.valueOf(status))
                        .path("content").path("application/json").path("schema"))
                .filter(schema -> !schema.isMissingNode())
                .map(this::resolve);
    }

    /** A named schema of {@code components/schemas}. */
    public Optional<JsonNode> schema(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    /** The property names a schema declares (for an array schema, those of its items). */
    public Set<String> declaredProperties(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if ("array".equals(Json.text(resolved, "type"))) {
            resolved = resolve(resolved.path("items"));
        }
        return new LinkedHashSet<>(resolved.path("properties").propertyNames());
    }

    /** The property names a schema marks required (Atlassian's file marks almost none). */
    public Set<String> requiredProperties(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        resolve(schema).path("required").forEach(name -> required.add(name.asString()));
        return required;
    }
}

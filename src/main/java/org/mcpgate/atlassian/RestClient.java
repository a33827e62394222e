package org.mcpgate.atlassian;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.mcpgate.config.Version;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * JSON over HTTP to one Atlassian product with one credential, on the server's Jakarta REST client. Answers
 * outside 2xx and network failures become {@link UpstreamException}s with a message a person can act on.
 */
public final class RestClient {

    /** Plain and stable: WAFs in front of Jira have blocked clients by odd agents. */
    private static final String USER_AGENT = "mcpgate/" + Version.CURRENT;

    private final String product;
    private final String baseUrl;
    private final Credential credential;
    private final Client client;
    private final long timeoutSeconds;
    private final Map<String, String> customHeaders;

    public RestClient(String product, String baseUrl, Credential credential, Client client, long timeoutSeconds,
            Map<String, String> customHeaders) {
        this.product = product;
        this.baseUrl = baseUrl;
        this.credential = credential;
        this.client = client;
        this.timeoutSeconds = timeoutSeconds;
        this.customHeaders = customHeaders;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public JsonNode get(String path, Map<String, ?> query) {
        return send(request(path, query), "GET", null);
    }

    public JsonNode post(String path, Object body) {
        return send(request(path, Map.of()), "POST", body);
    }

    public JsonNode put(String path, Object body) {
        return send(request(path, Map.of()), "PUT", body);
    }

    private Invocation.Builder request(String path, Map<String, ?> query) {
        WebTarget target = client.target(baseUrl).path(path);
        for (Map.Entry<String, ?> param : query.entrySet()) {
            if (param.getValue() != null) {
                target = target.queryParam(param.getKey(), param.getValue());
            }
        }
        Invocation.Builder request = target.request(MediaType.APPLICATION_JSON_TYPE);
        customHeaders.forEach(request::header);
        return request.header("Authorization", credential.authorization()).header("User-Agent", USER_AGENT);
    }

    private JsonNode send(Invocation.Builder request, String method, Object body) {
        Entity<String> entity = body == null ? null : Entity.entity(Json.write(body), MediaType.APPLICATION_JSON_TYPE);
        try (Response response = entity == null ? request.method(method) : request.method(method, entity)) {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            int status = response.getStatus();
            if (status >= 200 && status < 300) {
                if ("anonymous".equalsIgnoreCase(response.getHeaderString("X-AUSERNAME"))) {
                    // Jira DC answers a refused token on a public resource as anonymous instead of 401
                    throw UpstreamErrors.fromResponse(product, 401, "", null, credential);
                }
                return text.isBlank() ? MissingNode.getInstance() : Json.parse(text);
            }
            throw UpstreamErrors.fromResponse(product, status, text, response.getHeaderString("Retry-After"),
                    credential);
        } catch (ProcessingException e) {
            throw UpstreamErrors.fromFailure(product, baseUrl, e, timeoutSeconds);
        }
    }
}

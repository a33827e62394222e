package org.mcpgate.oauth.endpoint;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.mcpgate.atlassian.Json;
import org.mcpgate.oauth.domain.OAuthError;

/** The one wire form of every OAuth error answered as JSON (RFC 6749 §5.2), never cached. */
@Provider
public class OAuthErrorMapper implements ExceptionMapper<OAuthError> {

    @Override
    public Response toResponse(OAuthError error) {
        return json(Response.status(error.status()), Map.of("error", error.code(), "error_description",
                error.description()));
    }

    /** A JSON answer with the headers RFC 6749 §5.1 asks of token responses. */
    static Response json(Response.ResponseBuilder builder, Object body) {
        return builder.type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .header("Pragma", "no-cache").entity(Json.write(body)).build();
    }
}

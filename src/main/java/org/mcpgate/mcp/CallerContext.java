package org.mcpgate.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mcpgate.atlassian.auth.Caller;

/** Carries the {@link Caller} from each HTTP request, through the SDK's transport context, to the tool call. */
final class CallerContext implements McpTransportContextExtractor<HttpServletRequest> {

    private static final String KEY = Caller.class.getName();

    @Override
    public McpTransportContext extract(HttpServletRequest request) {
        return McpTransportContext.create(Map.of(KEY, Caller.fromHeaders(request::getHeader)));
    }

    static Caller of(McpTransportContext context) {
        Object caller = context == null ? null : context.get(KEY);
        return caller instanceof Caller c ? c : Caller.ANONYMOUS;
    }
}

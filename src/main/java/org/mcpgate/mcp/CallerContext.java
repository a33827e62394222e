package org.mcpgate.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mcpgate.atlassian.auth.Caller;
import org.mcpgate.mcp.edge.BearerTokenFilter;

/** Carries the {@link Caller} from each HTTP request, through the SDK's transport context, to the tool call. */
final class CallerContext implements McpTransportContextExtractor<HttpServletRequest> {

    private static final String KEY = Caller.class.getName();

    @Override
    public McpTransportContext extract(HttpServletRequest request) {
        Caller caller = request.getAttribute(BearerTokenFilter.CALLER) instanceof Caller signedIn ? signedIn
                : Caller.fromHeaders(request::getHeader);
        return McpTransportContext.create(Map.of(KEY, caller));
    }

    static Caller of(McpTransportContext context) {
        Object caller = context == null ? null : context.get(KEY);
        return caller instanceof Caller c ? c : Caller.ANONYMOUS;
    }
}

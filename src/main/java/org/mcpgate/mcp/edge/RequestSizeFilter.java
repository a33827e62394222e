package org.mcpgate.mcp.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Refuses a request body over the configured size with 413 before it is read; the transport caps chunked ones. */
public final class RequestSizeFilter extends HttpFilter {

    private final int maxBytes;

    public RequestSizeFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > maxBytes) {
            JsonRpcErrorResponse.write(response, 413, "Request body of " + request.getContentLengthLong()
                    + " bytes is over this server's limit of " + maxBytes + " bytes.");
            return;
        }
        chain.doFilter(request, response);
    }
}

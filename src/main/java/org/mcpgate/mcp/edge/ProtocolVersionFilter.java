package org.mcpgate.mcp.edge;

import io.modelcontextprotocol.spec.ProtocolVersions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Answers 400 to an {@code MCP-Protocol-Version} this server does not speak, as the transport spec asks. */
public final class ProtocolVersionFilter extends HttpFilter {

    static final List<String> SUPPORTED = List.of(ProtocolVersions.MCP_2025_11_25, ProtocolVersions.MCP_2025_06_18,
            ProtocolVersions.MCP_2025_03_26, ProtocolVersions.MCP_2024_11_05);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String version = request.getHeader("MCP-Protocol-Version");
        if (version != null && !SUPPORTED.contains(version.strip())) {
            String shown = version.length() > 40 ? version.substring(0, 40) + "..." : version;
            JsonRpcErrorResponse.write(response, 400, "Unsupported MCP-Protocol-Version '" + shown
                    + "'; this server supports " + String.join(", ", SUPPORTED) + ".");
            return;
        }
        chain.doFilter(request, response);
    }
}

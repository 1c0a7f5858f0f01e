package dev.charter.gateway;

import dev.charter.server.Identities;
import dev.charter.server.Principal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticates every request to the Streamable HTTP endpoint with the server's identities: an
 * agent's bearer token ({@code server.agents}) or 401; a reviewer's or operator's token is 403.
 * The agent is put in the request for the transport context. An MCP session belongs to the
 * agent that opened it: a request that names another agent's session id is answered 404, as a
 * session that does not exist, so no agent acts (or is recorded) in another's session.
 */
final class BearerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute, and transport-context key, holding the authenticated agent's name. */
    static final String AGENT = "dev.charter.gateway.agent";

    private static final String SESSION_HEADER = "Mcp-Session-Id";

    private final transient Identities identities;
    private final transient Map<String, String> sessionAgents = new ConcurrentHashMap<>();

    BearerFilter(Identities identities) {
        this.identities = identities;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Principal> principal = identities.authenticate(request.getHeader("Authorization"));
        if (principal.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            refuse(response, 401, "unauthorized", "give an agent's bearer token: Authorization: Bearer <token>");
            return;
        }
        if (!(principal.get() instanceof Principal.Agent agent)) {
            refuse(response, 403, "forbidden", "only agents' tokens may call tools through the gateway");
            return;
        }
        String session = request.getHeader(SESSION_HEADER);
        if (session != null) {
            String owner = sessionAgents.get(session);
            if (owner != null && !owner.equals(agent.name())) {
                refuse(response, 404, "not_found", "no such session");
                return;
            }
            if ("DELETE".equals(request.getMethod())) {
                sessionAgents.remove(session, agent.name());
            }
        }
        request.setAttribute(AGENT, agent.name());
        chain.doFilter(request, response);
        String opened = response.getHeader(SESSION_HEADER);
        if (opened != null) {
            sessionAgents.putIfAbsent(opened, agent.name());
        }
    }

    private static void refuse(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}

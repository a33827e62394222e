package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The table of registered Jira operations; picks the most specific template, tells 404 from 405. */
final class Router {
    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, ApiHandler handler) {
        routes.add(new Route(method, template, false, handler));
        return this;
    }

    Router addAnonymousReadable(String method, String template, ApiHandler handler) {
        routes.add(new Route(method, template, true, handler));
        return this;
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The outcome of routing: a route and its variables, or the methods the path allows (405), or nothing (404). */
    record Match(Route route, Map<String, String> variables, String allowedMethods) {
        boolean found() {
            return route != null;
        }

        boolean methodNotAllowed() {
            return route == null && allowedMethods != null;
        }
    }

    Match match(String method, String path) {
        Route best = null;
        Map<String, String> bestVars = null;
        TreeSet<String> allowed = new TreeSet<>();
        List<Route> byPrecision = new ArrayList<>(routes);
        byPrecision.sort(Comparator.comparingInt((Route r) -> PathTemplate.literalCount(r.template())).reversed());
        for (Route route : byPrecision) {
            Optional<Map<String, String>> vars = PathTemplate.match(route.template(), path);
            if (vars.isEmpty()) {
                continue;
            }
            allowed.add(route.method());
            if (best == null && route.method().equals(method)) {
                best = route;
                bestVars = vars.get();
            }
        }
        if (best != null) {
            return new Match(best, bestVars, null);
        }
        return new Match(null, Map.of(), allowed.isEmpty() ? null : String.join(", ", allowed));
    }
}

package dev.charter.server;

import java.util.HashMap;
import java.util.Map;

/**
 * One route of the API: a method and a path template whose {@code {name}} segments match one
 * path segment each (OpenAPI's notation, so the document and the server can be compared), and
 * the endpoint that serves it.
 */
public record Route(String method, String template, Endpoint endpoint) {

    /** Serves one exchange; completes it (now or later) with a reply. */
    @FunctionalInterface
    public interface Endpoint {
        void serve(Exchange exchange) throws Exception;
    }

    /** The path parameters when {@code path} fits the template; null otherwise. */
    public Map<String, String> match(String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return null;
                }
                parameters.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return null;
            }
        }
        return parameters;
    }
}

package org.mcpgate.oauth.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes an MCP client may ask for. They limit what a token may do through mcpgate; within them, Jira's own
 * permissions for the person still apply.
 */
public final class Scopes {

    /** Read tools: search, get, list. */
    public static final String READ = "read";
    /** Tools that create or change something in Jira. */
    public static final String WRITE = "write";
    public static final List<String> SUPPORTED = List.of(READ, WRITE);
    /** What a client gets when it asks for nothing in particular. */
    public static final String DEFAULT = READ + " " + WRITE;

    private Scopes() {
    }

    /**
     * The requested scope in canonical order, or the default when none is requested.
     *
     * @throws OAuthError invalid_scope naming the unknown scope
     */
    public static String normalize(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT;
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.strip().split(" +")));
        for (String scope : asked) {
            if (!SUPPORTED.contains(scope)) {
                throw new OAuthError(OAuthError.INVALID_SCOPE, "Unknown scope '" + scope + "': mcpgate offers "
                        + DEFAULT + ".");
            }
        }
        return SUPPORTED.stream().filter(asked::contains).collect(Collectors.joining(" "));
    }

    public static boolean includes(String scope, String wanted) {
        return Arrays.asList(scope.split(" ")).contains(wanted);
    }

    /** Whether every scope of {@code wanted} is in {@code granted}. */
    public static boolean includesAll(String granted, String wanted) {
        return Arrays.stream(wanted.split(" ")).allMatch(w -> includes(granted, w));
    }

    /** What a person consents to, in plain words, per scope. */
    public static List<String> explain(String scope) {
        return Arrays.stream(scope.split(" ")).map(s -> switch (s) {
            case READ -> "Read the Jira issues, comments and transitions you can see, and search them.";
            case WRITE -> "Create and update issues, add comments and move issues through their workflow, as you.";
            default -> s;
        }).toList();
    }
}

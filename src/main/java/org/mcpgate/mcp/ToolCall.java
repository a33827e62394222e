package org.mcpgate.mcp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mcpgate.atlassian.Json;
import org.mcpgate.atlassian.auth.Caller;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tool call: who makes it, and its arguments read with the tool's rules. Every argument accessor fails with
 * a {@link ToolInputException} that names the argument and says what it takes, before any request leaves.
 */
public final class ToolCall {

    private final String tool;
    private final Map<String, Object> values;
    private final Caller caller;

    ToolCall(String tool, Map<String, Object> values, Caller caller) {
        this.tool = tool;
        this.values = values == null ? Map.of() : values;
        this.caller = caller;
    }

    /** Who is calling, as the edge saw it; ask the product's client factory for a client for this caller. */
    public Caller caller() {
        return caller;
    }

    /** A required, non-blank text argument. */
    public String text(String name) {
        return optionalText(name).orElseThrow(() -> new ToolInputException(
                "Missing required argument '" + name + "' for " + tool + "."));
    }

    public Optional<String> optionalText(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(value.toString());
        }
        throw new ToolInputException("Argument '" + name + "' must be a string, not " + describe(value) + ".");
    }

    /** A whole number, clamped to [min, max]: a model asking for 500 results gets the most allowed. */
    public int integer(String name, int defaultValue, int min, int max) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        long n;
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            n = number.longValue();
        } else if (value instanceof String s && s.strip().matches("-?\\d{1,18}")) {
            n = Long.parseLong(s.strip());
        } else {
            throw new ToolInputException("Argument '" + name + "' must be a whole number, not "
                    + describe(value) + ".");
        }
        return (int) Math.max(min, Math.min(max, n));
    }

    /** A JSON object, given as an object or as a string holding one (the form mcp-atlassian takes). */
    public Optional<ObjectNode> object(String name) {
        Object value = values.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = value instanceof String s ? Json.parse(s) : Json.MAPPER.valueToTree(value);
        } catch (JacksonException e) {
            throw new ToolInputException("Argument '" + name + "' must be a JSON object such as"
                    + " {\"labels\": [\"ops\"]}; its text is not valid JSON: "
                    + e.getOriginalMessage() + ".");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ToolInputException("Argument '" + name + "' must be a JSON object such as"
                    + " {\"labels\": [\"ops\"]}, not " + describe(value) + ".");
        }
        return Optional.of(object);
    }

    /** A list of names, given as an array or as a comma-separated string. */
    public List<String> names(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return Arrays.stream(s.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        }
        if (value instanceof List<?> list) {
            List<String> names = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    throw new ToolInputException("Argument '" + name + "' must list names as strings, not "
                            + describe(item) + ".");
                }
                if (!s.isBlank()) {
                    names.add(s.strip());
                }
            }
            return names;
        }
        throw new ToolInputException("Argument '" + name + "' must be a list of names or a comma-separated"
                + " string, not " + describe(value) + ".");
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        return "the value " + value;
    }
}

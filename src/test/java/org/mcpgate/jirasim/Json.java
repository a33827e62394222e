package org.mcpgate.jirasim;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** The one Jackson mapper of the simulator and the few tree helpers every class needs. */
final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static ArrayNode strings(Iterable<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** A string node, or JSON null for a null string. */
    static JsonNode string(String value) {
        return value == null ? NullNode.getInstance() : StringNode.valueOf(value);
    }

    static JsonNode nullNode() {
        return NullNode.getInstance();
    }

    /** Parses a request body; an empty body is an empty object, malformed JSON is Jira's 400. */
    static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return object();
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw JiraErrors.badRequest(List.of(e.getOriginalMessage()), Map.of());
        }
    }

    static JsonNode parse(String text) {
        return MAPPER.readTree(text);
    }

    static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }

    /** A scalar as text (strings and numbers), or null for anything else. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.asString();
    }

    /** The member of an object as text, or null. */
    static String text(JsonNode node, String member) {
        return node == null ? null : text(node.get(member));
    }
}

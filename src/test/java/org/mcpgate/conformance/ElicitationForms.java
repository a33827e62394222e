package org.mcpgate.conformance;

import java.util.List;
import java.util.Map;

/** The forms (requested schemas) the elicitation fixtures send: flat objects of primitive fields, as MCP allows. */
final class ElicitationForms {

    private ElicitationForms() {
    }

    static Map<String, Object> contact() {
        return form(Map.of(
                "username", Map.of("type", "string", "description", "User's response"),
                "email", Map.of("type", "string", "description", "User's email address")),
                "username", "email");
    }

    /** SEP-1034: a default for each primitive type, enum included. */
    static Map<String, Object> withDefaults() {
        return form(Map.of(
                "name", Map.of("type", "string", "description", "Your name", "default", "John Doe"),
                "age", Map.of("type", "integer", "description", "Your age", "default", 30),
                "score", Map.of("type", "number", "description", "Your score", "default", 95.5),
                "status", Map.of("type", "string", "description", "Your status",
                        "enum", List.of("active", "inactive", "pending"), "default", "active"),
                "verified", Map.of("type", "boolean", "description", "Verified", "default", true)));
    }

    /** SEP-1330: untitled and titled single-select, the deprecated enumNames, untitled and titled multi-select. */
    static Map<String, Object> enums() {
        return form(Map.of(
                "untitledSingle", Map.of("type", "string", "enum", List.of("option1", "option2", "option3")),
                "titledSingle", Map.of("type", "string", "oneOf", titled("value", "Option")),
                "legacyEnum", Map.of("type", "string", "enum", List.of("opt1", "opt2", "opt3"),
                        "enumNames", List.of("Option One", "Option Two", "Option Three")),
                "untitledMulti", Map.of("type", "array",
                        "items", Map.of("type", "string", "enum", List.of("option1", "option2", "option3"))),
                "titledMulti", Map.of("type", "array", "items", Map.of("anyOf", titled("value", "Choice")))));
    }

    /** Three {@code {const, title}} choices: value1 "First Option", value2 "Second Option", ... */
    private static List<Map<String, String>> titled(String prefix, String noun) {
        List<String> ordinals = List.of("First", "Second", "Third");
        return List.of(1, 2, 3).stream().map(n -> Map.of("const", prefix + n,
                "title", ordinals.get(n - 1) + " " + noun)).toList();
    }

    private static Map<String, Object> form(Map<String, Object> properties, String... required) {
        return required.length == 0 ? Map.of("type", "object", "properties", properties)
                : Map.of("type", "object", "properties", properties, "required", List.of(required));
    }
}

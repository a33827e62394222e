package org.mcpgate.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas for tool inputs, strict by default: only the declared properties are accepted. */
public final class InputSchemas {

    private InputSchemas() {
    }

    public static Map<String, Object> strictObject(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", List.copyOf(required));
        }
        schema.put("additionalProperties", false);
        return schema;
    }
}

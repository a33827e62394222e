package org.mcpgate.jirasim;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Field metadata (FieldMetaBean) as createmeta and transition screens describe a field. */
final class FieldMetaJson {
    private final CatalogJson meta;

    FieldMetaJson(CatalogJson meta) {
        this.meta = meta;
    }

    /**
     * @param allowedValues the values a picker offers, or null for free input
     */
    ObjectNode field(SimField field, boolean required, List<String> operations, ArrayNode allowedValues) {
        ObjectNode json = Json.object();
        json.put("required", required);
        if (field.schemaType() != null) {
            json.set("schema", meta.schema(field));
        }
        json.put("name", field.name());
        json.put("fieldId", field.id());
        json.put("hasDefaultValue", false);
        json.set("operations", Json.strings(operations));
        if (allowedValues != null) {
            json.set("allowedValues", allowedValues);
        }
        return json;
    }
}

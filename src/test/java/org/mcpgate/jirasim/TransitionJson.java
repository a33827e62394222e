package org.mcpgate.jirasim;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Transitions as {@code GET /issue/{key}/transitions} and {@code expand=transitions} show them. */
final class TransitionJson {
    private final JiraCatalog catalog;
    private final CatalogJson meta;
    private final FieldMetaJson fieldMeta;

    TransitionJson(JiraCatalog catalog, CatalogJson meta) {
        this.catalog = catalog;
        this.meta = meta;
        this.fieldMeta = new FieldMetaJson(meta);
    }

    /** @param withFields whether to describe the transition screen's fields ({@code expand=transitions.fields}) */
    ArrayNode list(List<SimTransition> transitions, boolean withFields) {
        ArrayNode array = Json.array();
        transitions.forEach(t -> array.add(transition(t, withFields)));
        return array;
    }

    ObjectNode transition(SimTransition transition, boolean withFields) {
        ObjectNode json = Json.object();
        json.put("id", transition.id());
        json.put("name", transition.name());
        json.put("opsbarSequence", transition.opsbarSequence());
        json.set("to", meta.status(catalog.statusById(transition.toStatusId())));
        json.put("hasScreen", transition.hasScreen());
        if (withFields) {
            ObjectNode fields = json.putObject("fields");
            if (transition.hasScreen()) {
                ArrayNode resolutions = Json.array();
                catalog.resolutions().forEach(r -> resolutions.add(meta.resolution(r)));
                fields.set("resolution", fieldMeta.field(catalog.field("resolution").orElseThrow(), true,
                        List.of("set"), resolutions));
            }
        }
        return json;
    }
}

package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** The multi-valued fields: labels, components, fixVersions and versions, with set, add and remove. */
final class ListFieldOperations {
    private final JiraCatalog catalog;
    private final ValidationErrors errors;

    ListFieldOperations(JiraCatalog catalog, ValidationErrors errors) {
        this.catalog = catalog;
        this.errors = errors;
    }

    void apply(SimIssue draft, String field, String op, JsonNode value) {
        if (!List.of("set", "add", "remove").contains(op)) {
            errors.field(field, "Field '" + field + "' does not support operation '" + op
                    + "' Supported operation(s) are: 'add,set,remove'");
            return;
        }
        if (field.equals("labels")) {
            labels(draft, op, value);
            return;
        }
        SimProject project = catalog.projectByKey(draft.projectKey);
        List<String> target = switch (field) {
            case "components" -> draft.componentIds;
            case "fixVersions" -> draft.fixVersionIds;
            default -> draft.versionIds;
        };
        String noun = field.equals("components") ? "Component" : "Version";
        Function<String, Optional<String>> resolve = field.equals("components")
                ? ref -> project.component(ref).map(SimComponent::id)
                : ref -> project.version(ref).map(SimVersion::id);
        List<JsonNode> values = values(field, op, value);
        if (values == null) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode item : values) {
            if (!item.isObject() || Json.text(item, "id") == null && Json.text(item, "name") == null) {
                errors.field(field, "Could not find valid 'id' or 'name' in " + field + " object.");
                return;
            }
            String id = Json.text(item, "id");
            String ref = id != null ? id : Json.text(item, "name");
            Optional<String> found = resolve.apply(ref);
            if (found.isEmpty()) {
                errors.field(field, noun + (id != null ? " id '" : " name '") + ref + "' is not valid");
                return;
            }
            ids.add(found.get());
        }
        switch (op) {
            case "set" -> {
                target.clear();
                ids.stream().distinct().forEach(target::add);
            }
            case "add" -> ids.stream().filter(id -> !target.contains(id)).forEach(target::add);
            default -> target.removeAll(ids);
        }
    }

    private void labels(SimIssue draft, String op, JsonNode value) {
        List<JsonNode> values = values("labels", op, value);
        if (values == null) {
            return;
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode item : values) {
            String label = item.isString() ? item.stringValue() : null;
            if (label == null || label.isBlank()) {
                errors.field("labels", "The label must not be empty.");
                return;
            }
            if (label.chars().anyMatch(Character::isWhitespace)) {
                errors.field("labels", "The label '" + label + "' contains spaces which is invalid.");
                return;
            }
            labels.add(label);
        }
        switch (op) {
            case "set" -> {
                draft.labels.clear();
                draft.labels.addAll(labels);
            }
            case "add" -> draft.labels.addAll(labels);
            default -> labels.forEach(draft.labels::remove);
        }
    }

    /** {@code set} takes an array (or null), {@code add} and {@code remove} one value. */
    private List<JsonNode> values(String field, String op, JsonNode value) {
        List<JsonNode> values = new ArrayList<>();
        if (op.equals("set")) {
            if (value == null || value.isNull()) {
                return values;
            }
            if (!value.isArray()) {
                errors.field(field, "data was not an array");
                return null;
            }
            value.forEach(values::add);
        } else if (value == null || value.isNull()) {
            errors.field(field, "Field '" + field + "' operation '" + op + "' requires a value");
            return null;
        } else {
            values.add(value);
        }
        return values;
    }
}

package org.mcpgate.jirasim;

import java.util.List;

/**
 * A field as {@code GET /rest/api/2/field} lists it.
 *
 * @param schemaType the JSON type Jira reports (string, number, user, array, ...)
 * @param schemaItems the item type of an array field, or null
 * @param schemaCustom the custom field type key for custom fields, or null
 */
record SimField(String id, String name, boolean custom, boolean orderable, boolean navigable, boolean searchable,
        List<String> clauseNames, String schemaType, String schemaItems, String schemaCustom) {
    SimField {
        clauseNames = List.copyOf(clauseNames);
    }

    static SimField system(String id, String name, boolean navigable, String type, String items,
            String... clauseNames) {
        return new SimField(id, name, false, true, navigable, true, List.of(clauseNames), type, items, null);
    }

    static SimField custom(String id, String name, String type, String customType) {
        String number = id.substring("customfield_".length());
        return new SimField(id, name, true, true, true, true, List.of("cf[" + number + "]", name), type, null,
                customType);
    }

    Long customId() {
        return custom ? Long.valueOf(id.substring("customfield_".length())) : null;
    }
}

package org.mcpgate.jirasim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Jira's {@code fields} parameter: a comma list of field ids with {@code *all}, {@code *navigable} and
 * {@code -field} exclusions. Unknown ids are ignored, as Jira does.
 */
final class FieldSelection {
    private final Set<String> ids;

    private FieldSelection(Set<String> ids) {
        this.ids = ids;
    }

    /**
     * @param spec the comma list as sent, or null
     * @param navigableByDefault true for search (default {@code *navigable}), false for get issue (default
     *        {@code *all})
     */
    static FieldSelection parse(String spec, boolean navigableByDefault, List<SimField> fields) {
        Set<String> include = new LinkedHashSet<>();
        Set<String> exclude = new LinkedHashSet<>();
        boolean positive = false;
        if (spec != null) {
            for (String raw : spec.split(",")) {
                String token = raw.trim();
                if (token.isEmpty()) {
                    continue;
                }
                if (token.startsWith("-")) {
                    exclude.add(token.substring(1));
                    continue;
                }
                positive = true;
                switch (token) {
                    case "*all" -> fields.forEach(f -> include.add(f.id()));
                    case "*navigable" -> fields.stream().filter(SimField::navigable).forEach(f -> include.add(f.id()));
                    default -> fields.stream().filter(f -> f.id().equals(token)).forEach(f -> include.add(f.id()));
                }
            }
        }
        if (!positive) {
            fields.stream().filter(f -> !navigableByDefault || f.navigable()).forEach(f -> include.add(f.id()));
        }
        include.removeAll(exclude);
        include.remove("issuekey");
        return new FieldSelection(include);
    }

    static FieldSelection of(Set<String> ids) {
        return new FieldSelection(new LinkedHashSet<>(ids));
    }

    Set<String> ids() {
        return ids;
    }

    boolean includes(String id) {
        return ids.contains(id);
    }
}

package org.mcpgate.jirasim;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code ORDER BY}: dates and priority default to descending as in Jira, empty values sort as the greatest, and
 * ties (and queries without ORDER BY) fall back to the newest issue first.
 */
final class JqlOrdering {
    private static final Set<JqlField> DESCENDING_BY_DEFAULT = Set.of(JqlField.CREATED, JqlField.UPDATED,
            JqlField.DUE, JqlField.RESOLVED, JqlField.PRIORITY);

    private final JiraCatalog catalog;

    JqlOrdering(JiraCatalog catalog) {
        this.catalog = catalog;
    }

    Comparator<SimIssue> comparator(List<JqlSort> sorts, List<String> errors) {
        Comparator<SimIssue> result = null;
        for (JqlSort sort : sorts) {
            Optional<JqlField> field = JqlField.lookup(sort.field());
            if (field.isEmpty()) {
                errors.add(JqlField.unknownField(sort.field()));
                continue;
            }
            Function<SimIssue, Comparable<?>> key = key(field.get());
            if (key == null) {
                errors.add("Field '" + sort.field() + "' does not support sorting.");
                continue;
            }
            boolean descending = sort.descending() != null ? sort.descending()
                    : DESCENDING_BY_DEFAULT.contains(field.get());
            Comparator<SimIssue> one = Comparator.comparing(issue -> wrap(key.apply(issue)),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            if (descending) {
                one = one.reversed();
            }
            result = result == null ? one : result.thenComparing(one);
        }
        Comparator<SimIssue> newestFirst = Comparator.comparingLong((SimIssue issue) -> issue.id).reversed();
        return result == null ? newestFirst : result.thenComparing(newestFirst);
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> wrap(Comparable<?> value) {
        return (Comparable<Object>) value;
    }

    /** The sort key of a field, or null when Jira cannot sort by it. */
    private Function<SimIssue, Comparable<?>> key(JqlField field) {
        return switch (field) {
            case KEY -> issue -> issue.projectKey + String.format(Locale.ROOT, "-%010d", issue.number());
            case PROJECT -> issue -> catalog.projectByKey(issue.projectKey).name().toLowerCase(Locale.ROOT);
            case STATUS -> issue -> catalog.statusById(issue.statusId).position();
            case ISSUETYPE -> issue -> catalog.issueTypeById(issue.issueTypeId).position();
            case PRIORITY -> issue -> issue.priorityId == null ? null
                    : -catalog.priorityById(issue.priorityId).position();
            case RESOLUTION -> issue -> issue.resolutionId == null ? null
                    : catalog.resolution(issue.resolutionId).map(catalog.resolutions()::indexOf).orElse(null);
            case ASSIGNEE -> issue -> displayName(issue.assignee);
            case REPORTER -> issue -> displayName(issue.reporter);
            case CREATOR -> issue -> displayName(issue.creator);
            case SUMMARY -> issue -> issue.summary.toLowerCase(Locale.ROOT);
            case CREATED -> issue -> issue.created;
            case UPDATED -> issue -> issue.updated;
            case RESOLVED -> issue -> issue.resolutionDate;
            case DUE -> issue -> issue.dueDate;
            case STORY_POINTS -> issue -> issue.customFields.containsKey(SeedCatalog.STORY_POINTS)
                    ? issue.customFields.get(SeedCatalog.STORY_POINTS).asDouble() : null;
            default -> null;
        };
    }

    private String displayName(String name) {
        return name == null ? null
                : catalog.user(name).map(u -> u.displayName().toLowerCase(Locale.ROOT)).orElse(name);
    }
}

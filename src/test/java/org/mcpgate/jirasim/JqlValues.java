package org.mcpgate.jirasim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an issue holds for an entity-like JQL field (as canonical ids) and what a JQL value or function means for
 * that field, with Jira's error when it names nothing.
 */
final class JqlValues {
    /** Stands for EMPTY inside a resolved value set. */
    static final String EMPTY = "\u0000EMPTY";
    private static final Pattern ISSUE_KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*)-(\\d+)$");

    private final JiraStore store;
    private final JiraCatalog catalog;
    private final SimUser currentUser;

    JqlValues(JiraStore store, SimUser currentUser) {
        this.store = store;
        this.catalog = store.catalog();
        this.currentUser = currentUser;
    }

    /** The canonical values the issue has for the field; empty when the field is empty. */
    Collection<String> of(SimIssue issue, JqlField field) {
        return switch (field) {
            case PROJECT -> List.of(issue.projectKey);
            case KEY -> List.of(issue.key);
            case PARENT -> optional(issue.parentKey);
            case STATUS -> List.of(issue.statusId);
            case STATUS_CATEGORY -> List.of(String.valueOf(catalog.statusById(issue.statusId).category().id()));
            case ASSIGNEE -> optional(issue.assignee);
            case REPORTER -> optional(issue.reporter);
            case CREATOR -> optional(issue.creator);
            case ISSUETYPE -> List.of(issue.issueTypeId);
            case PRIORITY -> optional(issue.priorityId);
            case RESOLUTION -> optional(issue.resolutionId);
            case LABELS -> issue.labels;
            case COMPONENT -> issue.componentIds;
            case FIX_VERSION -> issue.fixVersionIds;
            case AFFECTED_VERSION -> issue.versionIds;
            case EPIC_LINK -> optional(Json.text(issue.customFields.get(SeedCatalog.EPIC_LINK)));
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    /** The comparable value of a date or number field, or null when empty. */
    @SuppressWarnings("unchecked")
    static Comparable<Object> comparable(SimIssue issue, JqlField field) {
        Comparable<?> value = switch (field) {
            case CREATED -> issue.created;
            case UPDATED -> issue.updated;
            case RESOLVED -> issue.resolutionDate;
            case DUE -> issue.dueDate == null ? null
                    : LocalDate.parse(issue.dueDate).atStartOfDay(JiraTime.ZONE).toInstant();
            case STORY_POINTS -> issue.customFields.containsKey(SeedCatalog.STORY_POINTS)
                    ? issue.customFields.get(SeedCatalog.STORY_POINTS).asDouble() : null;
            default -> throw new IllegalArgumentException(field.name());
        };
        return (Comparable<Object>) value;
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /** Resolves one value, function or EMPTY to canonical values; unknown ones add Jira's message to errors. */
    Set<String> resolve(JqlField field, String typed, JqlOperand operand, List<String> errors) {
        Set<String> out = new LinkedHashSet<>();
        if (operand instanceof JqlOperand.Empty) {
            out.add(EMPTY);
        } else if (operand instanceof JqlOperand.ListOf list) {
            list.items().forEach(item -> out.addAll(resolve(field, typed, item, errors)));
        } else if (operand instanceof JqlOperand.Function function) {
            out.addAll(function(field, typed, function, errors));
        } else {
            String text = ((JqlOperand.Value) operand).text();
            List<String> found = value(field, typed, text, errors);
            out.addAll(found);
        }
        return out;
    }

    private List<String> value(JqlField field, String typed, String text, List<String> errors) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        switch (field) {
            case PROJECT -> catalog.project(text).ifPresent(p -> found.add(p.key()));
            case STATUS -> catalog.status(text).ifPresent(s -> found.add(s.id()));
            case STATUS_CATEGORY -> catalog.statusCategory(text).ifPresent(c -> found.add(String.valueOf(c.id())));
            case ISSUETYPE -> catalog.issueType(text).ifPresent(t -> found.add(t.id()));
            case PRIORITY -> catalog.priority(text).ifPresent(p -> found.add(p.id()));
            case RESOLUTION -> {
                if (lower.equals("unresolved")) {
                    found.add(EMPTY);
                } else {
                    catalog.resolution(text).ifPresent(r -> found.add(r.id()));
                }
            }
            case LABELS -> found.add(text);
            case ASSIGNEE, REPORTER, CREATOR -> catalog.users().stream()
                    .filter(u -> u.name().equalsIgnoreCase(text) || u.key().equalsIgnoreCase(text)
                            || u.emailAddress().equalsIgnoreCase(text) || u.displayName().equalsIgnoreCase(text))
                    .forEach(u -> found.add(u.name()));
            case COMPONENT -> catalog.projects().forEach(p -> p.components().stream()
                    .filter(c -> c.id().equals(text) || c.name().equalsIgnoreCase(text))
                    .forEach(c -> found.add(c.id())));
            case FIX_VERSION, AFFECTED_VERSION -> catalog.projects().forEach(p -> p.versions().stream()
                    .filter(v -> v.id().equals(text) || v.name().equalsIgnoreCase(text))
                    .forEach(v -> found.add(v.id())));
            case KEY, PARENT, EPIC_LINK -> {
                Optional<SimIssue> issue = store.issue(text);
                if (issue.isPresent()) {
                    found.add(issue.get().key);
                } else {
                    errors.add(missingIssue(text, typed));
                    return found;
                }
            }
            default -> throw new IllegalArgumentException(field.name());
        }
        if (found.isEmpty()) {
            errors.add("The value '" + text + "' does not exist for the field '" + typed + "'.");
        }
        return found;
    }

    private String missingIssue(String text, String typed) {
        var key = ISSUE_KEY.matcher(text);
        if (key.matches() && catalog.project(key.group(1)).isPresent()) {
            return "An issue with key '" + text.toUpperCase(Locale.ROOT) + "' does not exist for field '" + typed
                    + "'.";
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return "An issue with id '" + text + "' does not exist for field '" + typed + "'.";
        }
        return "The issue key '" + text + "' for field '" + typed + "' is invalid.";
    }

    private Set<String> function(JqlField field, String typed, JqlOperand.Function function, List<String> errors) {
        String name = function.name().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        boolean userField = field.kind == JqlField.Kind.USER;
        switch (name) {
            case "currentuser" -> {
                if (userField && currentUser != null) {
                    out.add(currentUser.name());
                } else if (!userField) {
                    errors.add(notForField(function, typed));
                }
            }
            case "membersof" -> {
                String group = function.args().isEmpty() ? "" : function.args().get(0);
                if (!userField) {
                    errors.add(notForField(function, typed));
                } else if (catalog.users().stream().noneMatch(u -> u.groups().contains(group))) {
                    errors.add("Function 'membersOf' can not generate a list of usernames for group '" + group
                            + "'; the group does not exist.");
                } else {
                    catalog.users().stream().filter(u -> u.groups().contains(group)).forEach(u -> out.add(u.name()));
                }
            }
            case "standardissuetypes", "subtaskissuetypes" -> {
                if (field != JqlField.ISSUETYPE) {
                    errors.add(notForField(function, typed));
                } else {
                    boolean subtask = name.startsWith("subtask");
                    catalog.issueTypes().stream().filter(t -> t.subtask() == subtask).forEach(t -> out.add(t.id()));
                }
            }
            default -> errors.add(JqlDates.FUNCTIONS.contains(name) ? notForField(function, typed)
                    : "Unable to find JQL function '" + function.name() + "(" + String.join(", ", function.args())
                            + ")'.");
        }
        return out;
    }

    private static String notForField(JqlOperand.Function function, String typed) {
        return "A value provided by the function '" + function.name() + "' is invalid for the field '" + typed + "'.";
    }
}

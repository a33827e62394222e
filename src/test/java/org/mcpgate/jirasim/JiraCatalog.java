package org.mcpgate.jirasim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The instance's reference data (users, projects, workflow, types, fields) with lookups by id or name. */
record JiraCatalog(List<SimUser> users, List<SimProject> projects, List<SimStatusCategory> statusCategories,
        List<SimStatus> statuses, List<SimIssueType> issueTypes, List<SimPriority> priorities,
        List<SimResolution> resolutions, List<SimTransition> transitions, List<SimField> fields,
        String defaultPriorityId) {

    JiraCatalog {
        users = List.copyOf(users);
        projects = List.copyOf(projects);
        statusCategories = List.copyOf(statusCategories);
        statuses = List.copyOf(statuses);
        issueTypes = List.copyOf(issueTypes);
        priorities = List.copyOf(priorities);
        resolutions = List.copyOf(resolutions);
        transitions = List.copyOf(transitions);
        fields = List.copyOf(fields);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    /** A user by login name (case-insensitive, as Jira's user directory). */
    Optional<SimUser> user(String name) {
        return users.stream().filter(u -> same(u.name(), name)).findFirst();
    }

    Optional<SimUser> userByKey(String key) {
        return users.stream().filter(u -> u.key().equals(key)).findFirst();
    }

    /** A project by id, key or name. */
    Optional<SimProject> project(String idKeyOrName) {
        return projects.stream()
                .filter(p -> p.id().equals(idKeyOrName) || same(p.key(), idKeyOrName) || same(p.name(), idKeyOrName))
                .findFirst();
    }

    Optional<SimStatus> status(String idOrName) {
        return statuses.stream().filter(s -> s.id().equals(idOrName) || same(s.name(), idOrName)).findFirst();
    }

    Optional<SimStatusCategory> statusCategory(String idKeyOrName) {
        return statusCategories.stream()
                .filter(c -> String.valueOf(c.id()).equals(idKeyOrName) || same(c.key(), idKeyOrName)
                        || same(c.name(), idKeyOrName))
                .findFirst();
    }

    Optional<SimIssueType> issueType(String idOrName) {
        return issueTypes.stream().filter(t -> t.id().equals(idOrName) || same(t.name(), idOrName)).findFirst();
    }

    Optional<SimPriority> priority(String idOrName) {
        return priorities.stream().filter(p -> p.id().equals(idOrName) || same(p.name(), idOrName)).findFirst();
    }

    Optional<SimResolution> resolution(String idOrName) {
        return resolutions.stream().filter(r -> r.id().equals(idOrName) || same(r.name(), idOrName)).findFirst();
    }

    Optional<SimTransition> transition(String id) {
        return transitions.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    List<SimTransition> transitionsFrom(String statusId) {
        return transitions.stream().filter(t -> t.availableFrom(statusId)).toList();
    }

    Optional<SimField> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    SimStatus statusById(String id) {
        return status(id).orElseThrow();
    }

    SimIssueType issueTypeById(String id) {
        return issueType(id).orElseThrow();
    }

    SimPriority priorityById(String id) {
        return priority(id).orElseThrow();
    }

    SimProject projectByKey(String key) {
        return project(key).orElseThrow();
    }
}

package org.mcpgate.jirasim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A Jira project with its components, versions and the issue types its scheme offers. */
record SimProject(String id, String key, String name, String description, String lead, long avatarId,
        List<SimComponent> components, List<SimVersion> versions, List<String> issueTypeIds) {
    SimProject {
        components = List.copyOf(components);
        versions = List.copyOf(versions);
        issueTypeIds = List.copyOf(issueTypeIds);
    }

    /** A component by id or, case-insensitively, by name. */
    Optional<SimComponent> component(String idOrName) {
        return components.stream()
                .filter(c -> c.id().equals(idOrName) || c.name().toLowerCase(Locale.ROOT)
                        .equals(idOrName.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    Optional<SimVersion> version(String idOrName) {
        return versions.stream()
                .filter(v -> v.id().equals(idOrName) || v.name().equalsIgnoreCase(idOrName))
                .findFirst();
    }
}

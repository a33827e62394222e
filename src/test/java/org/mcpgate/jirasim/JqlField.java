package org.mcpgate.jirasim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The JQL fields the simulator understands, by clause name, with the operators each kind accepts. */
enum JqlField {
    PROJECT(Kind.ENTITY, "project"),
    KEY(Kind.KEY, "key", "issuekey", "id", "issue"),
    PARENT(Kind.ENTITY, "parent"),
    STATUS(Kind.ENTITY, "status"),
    STATUS_CATEGORY(Kind.ENTITY, "statuscategory"),
    ASSIGNEE(Kind.USER, "assignee"),
    REPORTER(Kind.USER, "reporter"),
    CREATOR(Kind.USER, "creator"),
    ISSUETYPE(Kind.ENTITY, "issuetype", "type"),
    PRIORITY(Kind.ENTITY, "priority"),
    RESOLUTION(Kind.ENTITY, "resolution"),
    LABELS(Kind.ENTITY, "labels"),
    COMPONENT(Kind.ENTITY, "component"),
    FIX_VERSION(Kind.ENTITY, "fixversion"),
    AFFECTED_VERSION(Kind.ENTITY, "affectedversion"),
    EPIC_LINK(Kind.ENTITY, "epic link", "cf[10101]"),
    SUMMARY(Kind.TEXT, "summary"),
    DESCRIPTION(Kind.TEXT, "description"),
    ENVIRONMENT(Kind.TEXT, "environment"),
    COMMENT(Kind.TEXT, "comment"),
    TEXT(Kind.TEXT, "text"),
    EPIC_NAME(Kind.TEXT, "epic name", "cf[10102]"),
    CREATED(Kind.DATE, "created", "createddate"),
    UPDATED(Kind.DATE, "updated", "updateddate"),
    DUE(Kind.DATE, "due", "duedate"),
    RESOLVED(Kind.DATE, "resolved", "resolutiondate"),
    STORY_POINTS(Kind.NUMBER, "story points", "cf[10100]");

    enum Kind {
        ENTITY(Set.of("=", "!=", "in", "not in", "is", "is not")),
        USER(Set.of("=", "!=", "in", "not in", "is", "is not")),
        KEY(Set.of("=", "!=", "in", "not in", "<", ">", "<=", ">=")),
        TEXT(Set.of("~", "!~", "is", "is not")),
        DATE(Set.of("=", "!=", "<", ">", "<=", ">=", "in", "not in", "is", "is not")),
        NUMBER(Set.of("=", "!=", "<", ">", "<=", ">=", "in", "not in", "is", "is not"));

        final Set<String> operators;

        Kind(Set<String> operators) {
            this.operators = operators;
        }
    }

    final Kind kind;
    final List<String> names;

    JqlField(Kind kind, String... names) {
        this.kind = kind;
        this.names = List.of(names);
    }

    static Optional<JqlField> lookup(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (JqlField field : values()) {
            if (field.names.contains(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    static String unknownField(String name) {
        return "Field '" + name + "' does not exist or you do not have permission to view it.";
    }
}

package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects Jira's field errors so one 400 can report all of them, as Jira does. */
final class ValidationErrors {
    private final List<String> messages = new ArrayList<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records a field error; the first error of a field wins. */
    void field(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void message(String message) {
        messages.add(message);
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    boolean isEmpty() {
        return messages.isEmpty() && errors.isEmpty();
    }

    void throwIfAny() {
        if (!isEmpty()) {
            throw JiraErrors.badRequest(messages, errors);
        }
    }
}

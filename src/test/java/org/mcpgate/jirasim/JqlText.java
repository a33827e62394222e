package org.mcpgate.jirasim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The text fields ({@code summary}, {@code description}, {@code environment}, {@code comment}, {@code text}) and
 * their {@code ~} operator, simplified: case-insensitive; a query in inner quotes is a phrase, otherwise every word
 * must occur; trailing {@code *} wildcards are dropped.
 */
final class JqlText {
    private JqlText() {
    }

    static Predicate<SimIssue> clause(JqlField field, JqlNode.Clause clause, List<String> errors) {
        if (clause.operator().startsWith("is")) {
            boolean empty = clause.operator().equals("is");
            return issue -> texts(issue, field).allMatch(t -> t == null || t.isEmpty()) == empty;
        }
        if (!(clause.operand() instanceof JqlOperand.Value value)) {
            errors.add("The operator '" + clause.operator() + "' does not support the value '" + clause.operand()
                    + "' for field '" + clause.field() + "'.");
            return JqlEvaluator.NOTHING;
        }
        if (value.text().isBlank()) {
            errors.add("The field '" + clause.field() + "' does not support searching for an empty string.");
            return JqlEvaluator.NOTHING;
        }
        Predicate<SimIssue> contains = issue -> texts(issue, field).anyMatch(t -> matches(t, value.text()));
        return clause.operator().equals("~") ? contains : contains.negate();
    }

    private static Stream<String> texts(SimIssue issue, JqlField field) {
        Stream<String> comments = issue.comments.stream().map(c -> c.body);
        return switch (field) {
            case SUMMARY -> Stream.of(issue.summary);
            case DESCRIPTION -> Stream.of(issue.description);
            case ENVIRONMENT -> Stream.of(issue.environment);
            case COMMENT -> comments;
            case EPIC_NAME -> Stream.of(Json.text(issue.customFields.get(SeedCatalog.EPIC_NAME)));
            default -> Stream.concat(Stream.of(issue.summary, issue.description, issue.environment), comments);
        };
    }

    static boolean matches(String haystack, String query) {
        if (haystack == null) {
            return false;
        }
        String text = haystack.toLowerCase(Locale.ROOT);
        String q = query.trim().toLowerCase(Locale.ROOT);
        if (q.length() > 1 && q.startsWith("\"") && q.endsWith("\"")) {
            return text.contains(q.substring(1, q.length() - 1));
        }
        return Arrays.stream(q.split("\\s+"))
                .map(word -> word.replaceAll("[*?]+$", ""))
                .filter(word -> !word.isEmpty())
                .allMatch(text::contains);
    }
}

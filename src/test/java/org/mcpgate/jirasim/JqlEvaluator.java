package org.mcpgate.jirasim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a parsed query into a filter and an ordering over the store, validating every clause first so that one 400
 * lists all of Jira's complaints. {@code !=} and {@code NOT IN} never match empty fields, as in Jira.
 */
final class JqlEvaluator {
    static final Predicate<SimIssue> NOTHING = issue -> false;

    private final JiraStore store;
    private final JqlValues values;
    private final JqlDates dates;
    /** Values that name nothing: errors when validating strictly, warnings with {@code validateQuery=false}. */
    private final List<String> valueErrors = new ArrayList<>();

    JqlEvaluator(JiraStore store, SimUser currentUser, Instant now) {
        this.store = store;
        this.values = new JqlValues(store, currentUser);
        this.dates = new JqlDates(now);
    }

    /** Parses, validates and runs a query; throws {@link JqlException} with all errors. */
    List<SimIssue> search(String jql) {
        return search(jql, true, new ArrayList<>());
    }

    /** As {@link #search(String)}; when not strict, unknown values become warnings and match nothing. */
    List<SimIssue> search(String jql, boolean strict, List<String> warnings) {
        JqlQuery query = JqlParser.parse(jql);
        List<String> errors = new ArrayList<>();
        Predicate<SimIssue> where = query.where() == null ? issue -> true : compile(query.where(), errors);
        Comparator<SimIssue> order = new JqlOrdering(store.catalog()).comparator(query.orderBy(), errors);
        (strict ? errors : warnings).addAll(valueErrors);
        if (!errors.isEmpty()) {
            throw new JqlException(errors);
        }
        return store.issues().stream().filter(where).sorted(order).toList();
    }

    Predicate<SimIssue> compile(JqlNode node, List<String> errors) {
        if (node instanceof JqlNode.And and) {
            List<Predicate<SimIssue>> parts = and.children().stream().map(c -> compile(c, errors)).toList();
            return issue -> parts.stream().allMatch(p -> p.test(issue));
        }
        if (node instanceof JqlNode.Or or) {
            List<Predicate<SimIssue>> parts = or.children().stream().map(c -> compile(c, errors)).toList();
            return issue -> parts.stream().anyMatch(p -> p.test(issue));
        }
        if (node instanceof JqlNode.Not not) {
            return compile(not.child(), errors).negate();
        }
        return clause((JqlNode.Clause) node, errors);
    }

    private Predicate<SimIssue> clause(JqlNode.Clause clause, List<String> errors) {
        Optional<JqlField> lookup = JqlField.lookup(clause.field());
        if (lookup.isEmpty()) {
            errors.add(JqlField.unknownField(clause.field()));
            return NOTHING;
        }
        JqlField field = lookup.get();
        String op = clause.operator();
        JqlOperand operand = clause.operand();
        if (!field.kind.operators.contains(op)) {
            errors.add("The operator '" + op + "' is not supported by the '" + clause.field() + "' field.");
            return NOTHING;
        }
        boolean listOperator = op.endsWith("in");
        if (listOperator && !(operand instanceof JqlOperand.ListOf || operand instanceof JqlOperand.Function)) {
            errors.add("The operator '" + op + "' does not support searching for a single value; use a list such as"
                    + " '(" + operand + ")' for field '" + clause.field() + "'.");
            return NOTHING;
        }
        if (!listOperator && operand instanceof JqlOperand.ListOf) {
            errors.add("The operator '" + op + "' does not support the list value '" + operand + "' for field '"
                    + clause.field() + "'.");
            return NOTHING;
        }
        return switch (field.kind) {
            case ENTITY, USER -> membership(field, clause,
                    values.resolve(field, clause.field(), operand, valueErrors));
            case KEY -> key(field, clause, errors);
            case TEXT -> JqlText.clause(field, clause, errors);
            case DATE, NUMBER -> ordered(field, clause, errors);
        };
    }

    private Predicate<SimIssue> membership(JqlField field, JqlNode.Clause clause, Set<String> wanted) {
        boolean positive = Set.of("=", "in", "is").contains(clause.operator());
        return issue -> {
            Collection<String> have = values.of(issue, field);
            if (positive) {
                return have.isEmpty() ? wanted.contains(JqlValues.EMPTY) : have.stream().anyMatch(wanted::contains);
            }
            return !have.isEmpty() && have.stream().noneMatch(wanted::contains);
        };
    }

    private Predicate<SimIssue> key(JqlField field, JqlNode.Clause clause, List<String> errors) {
        Set<String> wanted = values.resolve(field, clause.field(), clause.operand(), valueErrors);
        if (!clause.operator().startsWith("<") && !clause.operator().startsWith(">")) {
            return membership(field, clause, wanted);
        }
        if (wanted.size() != 1) {
            return NOTHING;
        }
        SimIssue pivot = store.requireIssue(wanted.iterator().next());
        return issue -> issue.projectKey.equals(pivot.projectKey)
                && compare(clause.operator(), Integer.compare(issue.number(), pivot.number()));
    }

    /** Dates and numbers: every comparison operator, over one value or a list. */
    private Predicate<SimIssue> ordered(JqlField field, JqlNode.Clause clause, List<String> errors) {
        String op = clause.operator();
        if (op.startsWith("is")) {
            boolean empty = op.equals("is");
            return issue -> (JqlValues.comparable(issue, field) == null) == empty;
        }
        List<Comparable<Object>> wanted = new ArrayList<>();
        List<JqlOperand> operands = clause.operand() instanceof JqlOperand.ListOf list ? list.items()
                : List.of(clause.operand());
        boolean matchEmpty = false;
        for (JqlOperand operand : operands) {
            if (operand instanceof JqlOperand.Empty) {
                matchEmpty = true;
                continue;
            }
            Comparable<?> parsed = field.kind == JqlField.Kind.DATE ? date(clause.field(), operand, valueErrors)
                    : number(clause.field(), operand, valueErrors);
            if (parsed != null) {
                @SuppressWarnings("unchecked")
                Comparable<Object> cast = (Comparable<Object>) parsed;
                wanted.add(cast);
            }
        }
        boolean emptyWanted = matchEmpty;
        return issue -> {
            Comparable<Object> have = JqlValues.comparable(issue, field);
            if (have == null) {
                return emptyWanted && (op.equals("=") || op.equals("in"));
            }
            return switch (op) {
                case "=", "in" -> wanted.stream().anyMatch(w -> have.compareTo(w) == 0);
                case "!=", "not in" -> wanted.stream().noneMatch(w -> have.compareTo(w) == 0);
                default -> wanted.stream().allMatch(w -> compare(op, have.compareTo(w)));
            };
        };
    }

    private Instant date(String typed, JqlOperand operand, List<String> errors) {
        if (operand instanceof JqlOperand.Function function) {
            Optional<Instant> at = dates.function(function.name(), function.args());
            if (at.isEmpty()) {
                errors.add("Unable to find JQL function '" + function + "'.");
            }
            return at.orElse(null);
        }
        String text = ((JqlOperand.Value) operand).text();
        Optional<Instant> at = dates.value(text);
        if (at.isEmpty()) {
            errors.add(JqlDates.invalid(text, typed));
        }
        return at.orElse(null);
    }

    private Double number(String typed, JqlOperand operand, List<String> errors) {
        String text = operand instanceof JqlOperand.Value value ? value.text() : operand.toString();
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add("The value '" + text + "' is not a valid number for the field '" + typed + "'.");
            return null;
        }
    }

    static boolean compare(String op, int cmp) {
        return switch (op) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            case "=" -> cmp == 0;
            default -> cmp != 0;
        };
    }
}

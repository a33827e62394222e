package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser for the JQL subset: OR binds weaker than AND, which binds weaker than NOT; then
 * {@code ORDER BY}. Error texts follow Jira's parser.
 */
final class JqlParser {
    static final String VALID_OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN',"
            + " 'NOT IN', 'IS' and 'IS NOT'.";
    private static final Set<String> RESERVED_WORDS = Set.of("and", "or", "not", "empty", "null", "order", "by",
            "asc", "desc", "in", "is", "was", "changed");

    private final JqlTokens tokens;

    private JqlParser(JqlTokens tokens) {
        this.tokens = tokens;
    }

    static JqlQuery parse(String jql) {
        return new JqlParser(new JqlTokens(JqlLexer.tokenize(jql == null ? "" : jql))).query();
    }

    private JqlToken peek() {
        return tokens.peek(0);
    }

    private JqlToken next() {
        return tokens.next();
    }

    private JqlException error(JqlToken at, String expecting) {
        return JqlTokens.error(at, expecting, "");
    }

    private JqlQuery query() {
        JqlNode where = null;
        if (peek().type() != JqlToken.Type.EOF && !peek().is("order")) {
            where = or();
        }
        List<JqlSort> sorts = new ArrayList<>();
        if (peek().is("order")) {
            next();
            if (!peek().is("by")) {
                throw error(peek(), "Expecting 'by'");
            }
            next();
            sorts.add(sort());
            while (peek().type() == JqlToken.Type.COMMA) {
                next();
                sorts.add(sort());
            }
        }
        if (peek().type() != JqlToken.Type.EOF) {
            throw error(peek(), where == null || !sorts.isEmpty() ? "Expecting either ',' or the end of the query"
                    : "Expecting either 'OR' or 'AND'");
        }
        return new JqlQuery(where, sorts);
    }

    private JqlSort sort() {
        String field = fieldName();
        Boolean descending = null;
        if (peek().is("asc") || peek().is("desc")) {
            descending = next().is("desc");
        }
        return new JqlSort(field, descending);
    }

    private JqlNode or() {
        List<JqlNode> children = new ArrayList<>(List.of(and()));
        while (peek().is("or")) {
            next();
            children.add(and());
        }
        return children.size() == 1 ? children.get(0) : new JqlNode.Or(children);
    }

    private JqlNode and() {
        List<JqlNode> children = new ArrayList<>(List.of(not()));
        while (peek().is("and")) {
            next();
            children.add(not());
        }
        return children.size() == 1 ? children.get(0) : new JqlNode.And(children);
    }

    private JqlNode not() {
        if (peek().is("not")) {
            next();
            return new JqlNode.Not(not());
        }
        if (peek().type() == JqlToken.Type.LPAREN) {
            next();
            JqlNode inner = or();
            if (peek().type() != JqlToken.Type.RPAREN) {
                throw error(peek(), peek().type() == JqlToken.Type.EOF ? "Expecting ')'"
                        : "Expecting either 'OR' or 'AND'");
            }
            next();
            return inner;
        }
        return clause();
    }

    private String fieldName() {
        JqlToken token = peek();
        if (token.type() != JqlToken.Type.WORD) {
            throw error(token, "Expecting a field name");
        }
        if (!token.quoted() && RESERVED_WORDS.contains(token.text().toLowerCase(Locale.ROOT))) {
            throw JqlException.syntax("'" + token.text().toLowerCase(Locale.ROOT) + "' is a reserved JQL word. You"
                    + " must surround it in quotation marks to use it in a query.", token.line(), token.column());
        }
        return next().text();
    }

    private JqlNode clause() {
        String field = fieldName();
        String operator = operator();
        JqlOperand operand = operator.startsWith("is") ? emptyOperand(operator) : operand(operator);
        return new JqlNode.Clause(field, operator, operand);
    }

    private String operator() {
        JqlToken token = peek();
        if (token.type() == JqlToken.Type.OPERATOR) {
            return next().text();
        }
        if (token.is("in")) {
            next();
            return "in";
        }
        if (token.is("not") && tokens.peek(1).is("in")) {
            next();
            next();
            return "not in";
        }
        if (token.is("is")) {
            next();
            if (peek().is("not")) {
                next();
                return "is not";
            }
            return "is";
        }
        if (token.is("was") || token.is("changed")) {
            throw JqlException.syntax("The operator '" + token.text().toLowerCase(Locale.ROOT) + "' is not supported"
                    + " by this Jira simulator.", token.line(), token.column());
        }
        throw JqlTokens.error(token, "Expecting operator", " " + VALID_OPERATORS);
    }

    private JqlOperand emptyOperand(String operator) {
        JqlToken token = peek();
        if (token.is("empty") || token.is("null")) {
            next();
            return new JqlOperand.Empty();
        }
        throw error(token, "Expecting 'EMPTY' or 'NULL' after '" + operator.toUpperCase(Locale.ROOT) + "'");
    }

    private JqlOperand operand(String operator) {
        JqlToken token = peek();
        if (token.type() == JqlToken.Type.LPAREN) {
            next();
            List<JqlOperand> items = new ArrayList<>(List.of(single()));
            while (peek().type() == JqlToken.Type.COMMA) {
                next();
                items.add(single());
            }
            if (peek().type() != JqlToken.Type.RPAREN) {
                throw error(peek(), "Expecting either ',' or ')'");
            }
            next();
            return new JqlOperand.ListOf(items);
        }
        return single();
    }

    private JqlOperand single() {
        JqlToken token = peek();
        if (token.type() != JqlToken.Type.WORD) {
            throw error(token, "Expecting either a value, list or function");
        }
        if (token.is("empty") || token.is("null")) {
            next();
            return new JqlOperand.Empty();
        }
        if (!token.quoted() && RESERVED_WORDS.contains(token.text().toLowerCase(Locale.ROOT))) {
            throw JqlException.syntax("Expecting either a value, list or function but got '" + token.text()
                    + "'. You must surround '" + token.text() + "' in quotation marks to use it as a value.",
                    token.line(), token.column());
        }
        next();
        if (!token.quoted() && peek().type() == JqlToken.Type.LPAREN) {
            return function(token.text());
        }
        return new JqlOperand.Value(token.text(), token.quoted());
    }

    private JqlOperand function(String name) {
        next();
        List<String> args = new ArrayList<>();
        if (peek().type() != JqlToken.Type.RPAREN) {
            args.add(argument());
            while (peek().type() == JqlToken.Type.COMMA) {
                next();
                args.add(argument());
            }
        }
        if (peek().type() != JqlToken.Type.RPAREN) {
            throw error(peek(), "Expecting either ',' or ')'");
        }
        next();
        return new JqlOperand.Function(name, args);
    }

    private String argument() {
        JqlToken token = peek();
        if (token.type() != JqlToken.Type.WORD) {
            throw error(token, "Expecting a function argument");
        }
        return next().text();
    }
}

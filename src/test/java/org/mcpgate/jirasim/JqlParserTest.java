package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JqlParserTest {

    private static JqlNode.Clause clause(String field, String op, String value) {
        return new JqlNode.Clause(field, op, new JqlOperand.Value(value, false));
    }

    private static String error(String jql) {
        return assertThrows(JqlException.class, () -> JqlParser.parse(jql)).messages().get(0);
    }

    @Test
    void andBindsTighterThanOr() {
        JqlQuery query = JqlParser.parse("a = 1 OR b = 2 AND c = 3");
        assertEquals(new JqlNode.Or(List.of(clause("a", "=", "1"),
                new JqlNode.And(List.of(clause("b", "=", "2"), clause("c", "=", "3"))))), query.where());
    }

    @Test
    void notBindsTighterThanAndAndParenthesesGroup() {
        JqlQuery query = JqlParser.parse("NOT a = 1 AND (b = 2 OR c = 3)");
        assertEquals(new JqlNode.And(List.of(new JqlNode.Not(clause("a", "=", "1")),
                new JqlNode.Or(List.of(clause("b", "=", "2"), clause("c", "=", "3"))))), query.where());
    }

    @Test
    void symbolicConnectivesAreKeywords() {
        assertEquals(JqlParser.parse("a = 1 AND NOT b = 2 OR c = 3").where(),
                JqlParser.parse("a = 1 && !b = 2 || c = 3").where());
    }

    @Test
    void everyOperatorForm() {
        JqlNode.And and = (JqlNode.And) JqlParser.parse("status != Done and labels in (a, \"b c\") and"
                + " component not in (x) and assignee is EMPTY and duedate is not null and summary ~ \"disk\""
                + " and summary !~ x and created >= -7d and created < \"2024/01/01 10:00\"").where();
        List<String> operators = and.children().stream().map(n -> ((JqlNode.Clause) n).operator()).toList();
        assertEquals(List.of("!=", "in", "not in", "is", "is not", "~", "!~", ">=", "<"), operators);
        JqlNode.Clause in = (JqlNode.Clause) and.children().get(1);
        assertEquals(new JqlOperand.ListOf(List.of(new JqlOperand.Value("a", false),
                new JqlOperand.Value("b c", true))), in.operand());
        assertInstanceOf(JqlOperand.Empty.class, ((JqlNode.Clause) and.children().get(4)).operand());
    }

    @Test
    void functionsTakeArguments() {
        JqlNode.Clause clause = (JqlNode.Clause) JqlParser.parse("updated >= startOfDay(-1d)").where();
        assertEquals(new JqlOperand.Function("startOfDay", List.of("-1d")), clause.operand());
        JqlNode.Clause user = (JqlNode.Clause) JqlParser.parse("assignee = currentUser()").where();
        assertEquals(new JqlOperand.Function("currentUser", List.of()), user.operand());
    }

    @Test
    void quotedStringsAndEscapesAndCustomFieldNames() {
        JqlNode.And and = (JqlNode.And) JqlParser.parse("summary ~ 'it\\'s' AND \"Story Points\" > 3"
                + " AND cf[10100] = 5").where();
        assertEquals("it's", ((JqlOperand.Value) ((JqlNode.Clause) and.children().get(0)).operand()).text());
        assertEquals("Story Points", ((JqlNode.Clause) and.children().get(1)).field());
        assertEquals("cf[10100]", ((JqlNode.Clause) and.children().get(2)).field());
    }

    @Test
    void orderByWithDirections() {
        JqlQuery query = JqlParser.parse("project = DEMO ORDER BY priority DESC, key asc, created");
        assertEquals(List.of(new JqlSort("priority", true), new JqlSort("key", false), new JqlSort("created", null)),
                query.orderBy());
    }

    @Test
    void emptyQueryAndOrderByAlone() {
        assertNull(JqlParser.parse("").where());
        assertNull(JqlParser.parse("  ").where());
        JqlQuery query = JqlParser.parse("ORDER BY updated DESC");
        assertNull(query.where());
        assertEquals(List.of(new JqlSort("updated", true)), query.orderBy());
    }

    @Test
    void missingOperatorIsReportedLikeJira() {
        assertEquals("Error in the JQL Query: Expecting operator but got 'query'. The valid operators are '=', '!=',"
                + " '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
                error("invalid query"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "project = DEMO AND|Error in the JQL Query: Expecting a field name before the end of the query. (line 1, character 19)",
        "project =|Error in the JQL Query: Expecting either a value, list or function before the end of the query. (line 1, character 10)",
        "project = DEMO foo|Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'foo'. (line 1, character 16)",
        "(project = DEMO|Error in the JQL Query: Expecting ')' before the end of the query. (line 1, character 16)",
        "project = DEMO)|Error in the JQL Query: Expecting either 'OR' or 'AND' but got ')'. (line 1, character 15)",
        "labels in (a, b|Error in the JQL Query: Expecting either ',' or ')' before the end of the query. (line 1, character 16)",
        "labels = a*|Error in the JQL Query: The character '*' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002a' instead. (line 1, character 11)",
        "summary ~ \"open|Error in the JQL Query: The quoted string 'open' has not been completed. (line 1, character 11)",
        "status = and|Error in the JQL Query: Expecting either a value, list or function but got 'and'. You must surround 'and' in quotation marks to use it as a value. (line 1, character 10)",
        "order = 1|Error in the JQL Query: Expecting 'by' but got '='. (line 1, character 7)",
        "assignee is bob|Error in the JQL Query: Expecting 'EMPTY' or 'NULL' after 'IS' but got 'bob'. (line 1, character 13)",
        "project = DEMO ORDER BY key x|Error in the JQL Query: Expecting either ',' or the end of the query but got 'x'. (line 1, character 29)",
    })
    void syntaxErrorsNameTheTokenAndItsPosition(String jql, String message) {
        assertEquals(message, error(jql));
    }

    @Test
    void positionsCountLines() {
        assertEquals("Error in the JQL Query: Expecting operator but got 'DEMO'. The valid operators are '=', '!=',"
                + " '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 2, character 9)",
                error("status = Done AND\nproject DEMO"));
    }

    @Test
    void reservedWordAsFieldMustBeQuoted() {
        assertEquals("Error in the JQL Query: 'and' is a reserved JQL word. You must surround it in quotation marks"
                + " to use it in a query. (line 1, character 1)", error("and = 1"));
    }
}

package org.mcpgate.atlassian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class UpstreamErrorsTest {

    private static final Credential PAT = new Credential.PersonalToken("secret-pat", "JIRA_PERSONAL_TOKEN");
    private static final Credential BASIC = new Credential.Basic("svc", "secret-password", "JIRA_API_TOKEN");

    @Test
    void badRequestThenErrorMessagesAndFieldErrorsAreListed() {
        UpstreamException e = UpstreamErrors.fromResponse("Jira", 400,
                "{\"errorMessages\":[\"Issue type is required\"],\"errors\":{\"summary\":\"You must specify a summary"
                        + " of the issue.\"}}", null, PAT);
        assertEquals("Jira rejected the request: Issue type is required; summary: You must specify a summary of"
                + " the issue..", e.getMessage());
        assertEquals(400, e.status());
    }

    @Test
    void refusedPatThenAdviceNamesTheKeyAndNeverTheToken() {
        String message = UpstreamErrors.fromResponse("Jira", 401,
                "{\"message\":\"Client must be authenticated to access this resource.\",\"status-code\":401}",
                null, PAT).getMessage();
        assertTrue(message.contains("JIRA_PERSONAL_TOKEN") && message.contains("Personal Access Tokens"), message);
        assertFalse(message.contains("secret-pat"), message);
    }

    @Test
    void refusedBasicThenAdviceMentionsPatConfusion() {
        String message = UpstreamErrors.fromResponse("Jira", 401, "", null, BASIC).getMessage();
        assertTrue(message.contains("'svc'") && message.contains("JIRA_PERSONAL_TOKEN"), message);
        assertFalse(message.contains("secret-password"), message);
    }

    @Test
    void proxyHtmlPageThenItsTitleIsQuoted() {
        String message = UpstreamErrors.fromResponse("Jira", 502,
                "<html><head><title>502 Bad Gateway</title></head><body><pre>trace</pre></body></html>", null, PAT)
                .getMessage();
        assertTrue(message.startsWith("Jira failed to answer (HTTP 502): an HTML page titled '502 Bad Gateway'"),
                message);
        assertFalse(message.contains("<"), message);
    }

    @Test
    void rateLimitedThenRetryAfterIsSaid() {
        assertEquals("Jira is rate-limiting requests (HTTP 429); retry after 7 seconds.",
                UpstreamErrors.fromResponse("Jira", 429, "", "7", PAT).getMessage());
    }

    @Test
    void networkFailuresSayWhatToCheck() {
        assertTrue(UpstreamErrors.fromFailure("Jira", "https://j", new RuntimeException(new ConnectException("x")), 30)
                .getMessage().contains("connection was refused"));
        assertTrue(UpstreamErrors.fromFailure("Jira", "https://j",
                new RuntimeException(new SocketTimeoutException("Read timed out")), 30).getMessage()
                .contains("no answer within 30 s (raise JIRA_TIMEOUT"));
    }

    @Test
    void credentialsNeverPrintTheirSecret() {
        assertFalse(PAT.toString().contains("secret"));
        assertFalse(BASIC.toString().contains("secret"));
        assertEquals("Basic c3ZjOnNlY3JldC1wYXNzd29yZA==", BASIC.authorization());
    }
}

package org.mcpgate.atlassian;

/**
 * Jira or Confluence could not do what a tool asked. The message is written for the person (or model) that
 * called the tool: it says what went wrong and what to do, and never carries a secret or a stack trace.
 */
public final class UpstreamException extends RuntimeException {

    /** The HTTP status Jira answered, or 0 when it could not be reached. */
    private final int status;

    public UpstreamException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

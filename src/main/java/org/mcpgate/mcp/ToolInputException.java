package org.mcpgate.mcp;

/** A tool was called with arguments it cannot use; the message says which and how to fix them. */
public final class ToolInputException extends RuntimeException {

    public ToolInputException(String message) {
        super(message, null, false, false);
    }
}

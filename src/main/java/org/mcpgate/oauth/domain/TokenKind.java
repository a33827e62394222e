package org.mcpgate.oauth.domain;

/** The two kinds of token mcpgate issues, both opaque. */
public enum TokenKind {
    ACCESS, REFRESH
}

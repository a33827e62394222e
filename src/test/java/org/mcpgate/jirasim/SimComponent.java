package org.mcpgate.jirasim;

/** A project component. */
record SimComponent(String id, String name, String description) {
}

package org.mcpgate.jirasim;

/** A resolution; an issue without one is "Unresolved". */
record SimResolution(String id, String name, String description) {
}

package org.mcpgate.jirasim;

/** A project version, used by fixVersions and versions. */
record SimVersion(String id, String name, String description, boolean released, String releaseDate) {
}

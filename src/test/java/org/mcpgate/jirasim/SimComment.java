package org.mcpgate.jirasim;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A comment; mutable only through the store's lock. */
final class SimComment {
    final String id;
    final String author;
    String updateAuthor;
    String body;
    final Instant created;
    Instant updated;
    /** The {@code visibility} object as sent ({@code {"type":"role","value":"Developers"}}), or null. */
    JsonNode visibility;

    SimComment(String id, String author, String body, Instant created, JsonNode visibility) {
        this.id = id;
        this.author = author;
        this.updateAuthor = author;
        this.body = body;
        this.created = created;
        this.updated = created;
        this.visibility = visibility;
    }
}

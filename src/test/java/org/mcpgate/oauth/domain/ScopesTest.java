package org.mcpgate.oauth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void normalizeWhenNoneThenReadAndWrite() {
        assertEquals("read write", Scopes.normalize(null));
        assertEquals("read write", Scopes.normalize(" "));
    }

    @Test
    void normalizeWhenReorderedOrRepeatedThenCanonical() {
        assertEquals("read write", Scopes.normalize("write read write"));
        assertEquals("read", Scopes.normalize("read"));
    }

    @Test
    void normalizeWhenUnknownThenInvalidScopeNamingIt() {
        OAuthError e = assertThrows(OAuthError.class, () -> Scopes.normalize("read admin"));
        assertEquals(OAuthError.INVALID_SCOPE, e.code());
        assertTrue(e.description().contains("'admin'"), e.description());
    }

    @Test
    void includesAllWhenNarrowerThenTrueWhenWiderThenFalse() {
        assertTrue(Scopes.includesAll("read write", "read"));
        assertFalse(Scopes.includesAll("read", "read write"));
    }
}

package org.mcpgate.oauth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignerTest {

    private final Signer signer = new Signer("k".repeat(32).getBytes(StandardCharsets.US_ASCII));

    @Test
    void openWhenSignedHereThenPayload() {
        assertEquals(Optional.of("{\"a\":1}"), signer.open(signer.sign("{\"a\":1}")));
    }

    @Test
    void openWhenPayloadOrSignatureChangedThenEmpty() {
        String signed = signer.sign("alice");
        String otherPayload = signer.sign("mallory").substring(0, signer.sign("mallory").indexOf('.'));
        assertTrue(signer.open(otherPayload + signed.substring(signed.indexOf('.'))).isEmpty());
        assertTrue(signer.open(signed + "x").isEmpty());
        assertTrue(signer.open("no-dot").isEmpty());
        assertTrue(signer.open(null).isEmpty());
    }

    @Test
    void signWhenOtherKeyThenNotOpened() {
        Signer other = new Signer("o".repeat(32).getBytes(StandardCharsets.US_ASCII));
        assertTrue(other.open(signer.sign("alice")).isEmpty());
        assertNotEquals(other.mac("csrf|x"), signer.mac("csrf|x"));
    }
}

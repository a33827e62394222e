package org.mcpgate.atlassian.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.jira-access-token.signature";

    private final EncryptionKey keyA = EncryptionKey.generate(RANDOM);
    private final EncryptionKey keyB = EncryptionKey.generate(RANDOM);
    private final TokenCipher cipher = new TokenCipher(EncryptionKeys.of(keyA, List.of()));

    @Test
    void sealThenOpenWithTheSameBindingGivesThePlaintextBack() {
        String sealed = cipher.seal(TOKEN, "server:access_token");

        assertEquals(TOKEN, cipher.open(sealed, "server:access_token"));
        assertEquals("ünïcødé ✓", cipher.open(cipher.seal("ünïcødé ✓", "b"), "b"));
        assertEquals("", cipher.open(cipher.seal("", "b"), "b"));
    }

    @Test
    void sealWritesVersionKeyIdAndBase64OfNonceCiphertextAndTag() {
        String sealed = cipher.seal(TOKEN, "server:access_token");

        assertTrue(sealed.matches("v1:" + keyA.id() + ":[A-Za-z0-9+/]+=*"), sealed);
        byte[] data = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        assertEquals(12 + TOKEN.length() + 16, data.length, "96-bit nonce, ciphertext, 128-bit tag");
        assertFalse(sealed.contains(TOKEN));
    }

    @Test
    void sealTwiceGivesDifferentValuesBecauseEachHasItsOwnNonce() {
        assertNotEquals(cipher.seal(TOKEN, "b"), cipher.seal(TOKEN, "b"));
    }

    @Test
    void openWhenCiphertextTamperedThenIntegrityCheckFails() {
        String sealed = cipher.seal(TOKEN, "server:access_token");
        int at = sealed.length() - 10;
        String tampered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);

        TokenCipherException e = assertThrows(TokenCipherException.class,
                () -> cipher.open(tampered, "server:access_token"));
        assertTrue(e.getMessage().contains("failed its integrity check"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void openWhenValueCopiedFromAnotherRowOrColumnThenItFails() {
        String sealed = cipher.seal(TOKEN, "grant-1:access_token");

        assertThrows(TokenCipherException.class, () -> cipher.open(sealed, "grant-2:access_token"));
        assertThrows(TokenCipherException.class, () -> cipher.open(sealed, "grant-1:refresh_token"));
    }

    @Test
    void openWhenKeyRotatedThenThePreviousKeyStillOpensAndNewValuesUseTheCurrentOne() {
        String old = cipher.seal(TOKEN, "b");
        TokenCipher rotated = new TokenCipher(EncryptionKeys.of(keyB, List.of(keyA)));

        assertEquals(TOKEN, rotated.open(old, "b"));
        assertFalse(rotated.isSealedWithCurrentKey(old));
        String resealed = rotated.seal(rotated.open(old, "b"), "b");
        assertTrue(resealed.startsWith("v1:" + keyB.id() + ":"));
        assertTrue(rotated.isSealedWithCurrentKey(resealed));
    }

    @Test
    void openWhenSealedWithAnUnknownKeyThenTheMessageNamesTheKeyAndWhatToConfigure() {
        String sealed = cipher.seal(TOKEN, "b");
        TokenCipher other = new TokenCipher(EncryptionKeys.of(keyB, List.of()));

        TokenCipherException e = assertThrows(TokenCipherException.class, () -> other.open(sealed, "b"));
        assertTrue(e.getMessage().contains("sealed with encryption key " + keyA.id()), e.getMessage());
        assertTrue(e.getMessage().contains("MCPGATE_ENCRYPTION_KEYS_PREVIOUS"), e.getMessage());
        assertTrue(e.getMessage().contains("/admin"), e.getMessage());
    }

    @Test
    void openWhenKeyIdEditedToAnotherKnownKeyThenIntegrityCheckFails() {
        TokenCipher both = new TokenCipher(EncryptionKeys.of(keyA, List.of(keyB)));
        String sealed = both.seal(TOKEN, "b");
        String relabelled = sealed.replace(":" + keyA.id() + ":", ":" + keyB.id() + ":");

        assertThrows(TokenCipherException.class, () -> both.open(relabelled, "b"));
    }

    @Test
    void openWhenValueIsNotSealedThenItSaysSo() {
        String header = "v1:" + keyA.id() + ":";
        for (String value : List.of(TOKEN, "v2:abc:def", header + "not base64!", header + "AAAA")) {
            TokenCipherException e = assertThrows(TokenCipherException.class, () -> cipher.open(value, "b"), value);
            assertFalse(e.getMessage().contains(TOKEN));
        }
    }
}

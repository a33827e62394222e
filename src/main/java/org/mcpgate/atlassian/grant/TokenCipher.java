package org.mcpgate.atlassian.grant;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals tokens for storage with AES-256-GCM: {@code v1:<key id>:<base64(nonce || ciphertext || tag)>}, a fresh
 * 96-bit nonce per value and a 128-bit tag. The caller's binding (the row and column, e.g.
 * {@code "<grant id>:access_token"}) and the header are authenticated as associated data, so a value copied to
 * another row, another column or another key id fails to open instead of opening as the wrong token.
 */
public final class TokenCipher {

    static final String FORMAT = "v1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final EncryptionKeys keys;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(EncryptionKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The plaintext sealed with the current key and bound to {@code binding}. */
    public String seal(String plaintext, String binding) {
        Objects.requireNonNull(plaintext, "plaintext");
        EncryptionKey key = keys.current();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, binding);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return FORMAT + ":" + key.id() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to seal a value", e);
        }
    }

    /** The plaintext of a value sealed by {@link #seal} with the same binding, under the current or a previous key. */
    public String open(String sealed, String binding) {
        String[] parts = Objects.requireNonNull(sealed, "sealed").split(":", -1);
        if (parts.length != 3 || !parts[0].equals(FORMAT)) {
            throw new TokenCipherException("A stored token is not a value sealed by mcpgate (expected "
                    + FORMAT + ":<key id>:<data>); it was changed outside mcpgate: connect again on the admin page"
                    + " (/admin)");
        }
        EncryptionKey key = keys.byId(parts[1]).orElseThrow(() -> new TokenCipherException(
                "A stored token was sealed with encryption key " + parts[1] + ", which this server does not have"
                        + " (it has " + keys.current().id() + "): set " + EncryptionKeys.CURRENT + " to that key or"
                        + " add it to " + EncryptionKeys.PREVIOUS + "; if it is lost, connect again on the admin page"
                        + " (/admin)"));
        try {
            byte[] data = Base64.getDecoder().decode(parts[2]);
            if (data.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new AEADBadTagException("too short");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(data, NONCE_BYTES), binding);
            byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new TokenCipherException("A stored token failed its integrity check under key " + key.id()
                    + ": it was altered, or copied from another row or column; connect again on the admin page"
                    + " (/admin)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to open a value", e);
        }
    }

    /** Whether the value is sealed with the current key (if not, re-sealing it lets the old key be retired). */
    public boolean isSealedWithCurrentKey(String sealed) {
        return sealed.startsWith(FORMAT + ":" + keys.current().id() + ":");
    }

    private static Cipher cipher(int mode, EncryptionKey key, byte[] nonce, String binding)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((FORMAT + ":" + key.id() + ":" + Objects.requireNonNull(binding, "binding"))
                .getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}

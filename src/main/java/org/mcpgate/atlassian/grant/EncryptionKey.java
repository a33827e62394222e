package org.mcpgate.atlassian.grant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 key that seals tokens at rest. Its id (the first 8 hex digits of the key's SHA-256) is written into
 * every value it seals, so a value names the key that opens it; 32 bits of a hash say nothing useful about the key.
 */
public record EncryptionKey(String id, SecretKey secret) {

    public static final int BYTES = 32;

    public EncryptionKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
    }

    /** A key from its 32 raw bytes. */
    public static EncryptionKey of(byte[] raw) {
        if (raw.length != BYTES) {
            throw new IllegalArgumentException("an AES-256 key is " + BYTES + " bytes, not " + raw.length);
        }
        return new EncryptionKey(idOf(raw), new SecretKeySpec(raw, "AES"));
    }

    /**
     * A key from its base64 text. The message of a failure describes the problem, never the value: even a mistyped
     * key is close to a secret.
     */
    public static EncryptionKey decode(String base64) {
        byte[] raw;
        try {
            // strict decoder: the MIME one skips stray characters and would turn a typo into another key
            raw = Base64.getDecoder().decode(base64.replaceAll("\\s", "").getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not valid base64");
        }
        try {
            if (raw.length != BYTES) {
                throw new IllegalArgumentException("decodes to " + raw.length + " bytes, not the " + BYTES
                        + " bytes of an AES-256 key");
            }
            return of(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    public static EncryptionKey generate(SecureRandom random) {
        byte[] raw = new byte[BYTES];
        random.nextBytes(raw);
        try {
            return of(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** The key as base64 text, the form {@code openssl rand -base64 32} prints; only for the generated key file. */
    String encoded() {
        return Base64.getEncoder().encodeToString(secret.getEncoded());
    }

    private static String idOf(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "EncryptionKey[id=" + id + ", ********]";
    }
}

package org.mcpgate.oauth.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures for what the proxy hands to browsers (the consent form's request, the CSRF token), keyed
 * from mcpgate's encryption key so that every node of a cluster signs alike.
 */
public final class Signer {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final byte[] key;

    /** @param secret the encryption key's bytes; a purpose label separates this key from the encryption one */
    public Signer(byte[] secret) {
        this.key = mac(secret, "mcpgate oauth proxy signing key v1".getBytes(StandardCharsets.UTF_8));
    }

    /** The MAC of {@code value}, base64url. */
    public String mac(String value) {
        return B64.encodeToString(mac(key, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code base64url(payload) + "." + mac}: readable by anyone, changeable by no one. */
    public String sign(String payload) {
        String body = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + mac(body);
    }

    /** The payload of a value made by {@link #sign}, if its signature holds. */
    public Optional<String> open(String signed) {
        int dot = signed == null ? -1 : signed.indexOf('.');
        if (dot <= 0 || !Secrets.same(mac(signed.substring(0, dot)), signed.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(signed.substring(0, dot)),
                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

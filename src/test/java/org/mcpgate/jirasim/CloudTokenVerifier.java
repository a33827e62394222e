package org.mcpgate.jirasim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks an Atlassian Cloud access token the way a resource server checks a signed JWT (RFC 7515, 7519): compact JWS
 * form, an asymmetric {@code alg} (RS256/384/512, ES256/384/512; never {@code none} nor HMAC), no {@code crit}, a
 * signature by a key of the trusted JWK set, {@code exp} in the future, {@code nbf} (when present) in the past,
 * {@code iss} equal to the trusted issuer and, when one is configured, the audience among {@code aud}. JDK only.
 */
final class CloudTokenVerifier {
    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA",
            "ES256", "SHA256withECDSAinP1363Format", "ES384", "SHA384withECDSAinP1363Format",
            "ES512", "SHA512withECDSAinP1363Format");

    /** The claims of an accepted token, or why it was refused. */
    record Outcome(JsonNode claims, String failure) {
        static Outcome refused(String why) {
            return new Outcome(null, why);
        }

        boolean accepted() {
            return claims != null;
        }
    }

    private CloudTokenVerifier() {
    }

    static Outcome verify(String token, CloudTrust trust, JwksCache jwks, long nowSeconds) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Outcome.refused("not a signed JWT");
        }
        JsonNode header;
        JsonNode claims;
        byte[] signature;
        try {
            header = Json.parse(decode(parts[0]));
            claims = Json.parse(decode(parts[1]));
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (RuntimeException e) {
            return Outcome.refused("malformed JWT");
        }
        if (!header.isObject() || !claims.isObject()) {
            return Outcome.refused("malformed JWT");
        }
        String alg = Json.text(header, "alg");
        String jca = alg == null ? null : ALGORITHMS.get(alg);
        if (jca == null) {
            return Outcome.refused("algorithm not accepted: " + alg);
        }
        if (header.has("crit")) {
            return Outcome.refused("critical header parameters are not understood");
        }
        List<JwksCache.Key> keys;
        try {
            keys = jwks.candidates(Json.text(header, "kid"));
        } catch (IOException e) {
            return Outcome.refused("JWK set unavailable: " + e.getMessage());
        }
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        String family = alg.substring(0, 2).equals("RS") ? "RSA" : "EC";
        boolean verified = keys.stream()
                .filter(k -> k.kty().equals(family) && (k.alg() == null || k.alg().equals(alg)))
                .anyMatch(k -> verifies(jca, k, signed, signature));
        if (!verified) {
            return Outcome.refused("signature not verified by the trusted keys");
        }
        if (!claims.path("exp").isNumber()) {
            return Outcome.refused("no exp");
        }
        if (claims.path("exp").asLong() <= nowSeconds) {
            return Outcome.refused("expired");
        }
        if (claims.has("nbf") && claims.path("nbf").asLong() > nowSeconds) {
            return Outcome.refused("not yet valid");
        }
        if (!trust.issuer().equals(Json.text(claims, "iss"))) {
            return Outcome.refused("issuer " + Json.text(claims, "iss") + " is not trusted");
        }
        if (trust.audience() != null && !hasAudience(claims.path("aud"), trust.audience())) {
            return Outcome.refused("audience " + trust.audience() + " missing");
        }
        return new Outcome(claims, null);
    }

    private static boolean verifies(String jca, JwksCache.Key key, byte[] signed, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(jca);
            verifier.initVerify(key.publicKey());
            verifier.update(signed);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasAudience(JsonNode aud, String wanted) {
        if (aud.isArray()) {
            for (JsonNode one : aud) {
                if (wanted.equals(Json.text(one))) {
                    return true;
                }
            }
            return false;
        }
        return wanted.equals(Json.text(aud));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}

package org.mcpgate.jirasim;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The public keys of one JSON Web Key Set, fetched over HTTP and kept for five minutes; an unknown key id fetches the
 * set again (at most once a second), as a resource server does when the issuer rotates its keys. RSA and EC (P-256,
 * P-384, P-521) keys; others, and keys whose {@code use} is not {@code sig}, are skipped. Thread-safe.
 */
final class JwksCache {
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final long MIN_REFETCH_MILLIS = 1000;
    private static final Map<String, String> CURVES = Map.of("P-256", "secp256r1", "P-384", "secp384r1",
            "P-521", "secp521r1");

    /** One usable key of the set. */
    record Key(String kid, String kty, String alg, PublicKey publicKey) {
    }

    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private List<Key> keys;
    private long fetchedAt;
    private int fetches;

    JwksCache(String url) {
        this.url = url;
    }

    /**
     * The keys that may have signed a token with this key id (all keys when {@code kid} is null).
     *
     * @throws IOException when the set cannot be fetched or read
     */
    synchronized List<Key> candidates(String kid) throws IOException {
        long now = System.currentTimeMillis();
        if (keys == null || now - fetchedAt > MAX_AGE.toMillis()) {
            fetch(now);
        }
        List<Key> found = matching(kid);
        if (found.isEmpty() && kid != null && now - fetchedAt >= MIN_REFETCH_MILLIS) {
            fetch(now);
            found = matching(kid);
        }
        return found;
    }

    /** How many times the set was fetched (the tests check the cache). */
    synchronized int fetches() {
        return fetches;
    }

    private List<Key> matching(String kid) {
        return keys.stream().filter(k -> kid == null || kid.equals(k.kid())).toList();
    }

    private void fetch(long now) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted fetching " + url, e);
        }
        fetches++;
        if (response.statusCode() != 200) {
            throw new IOException("JWKS " + url + " answered " + response.statusCode());
        }
        JsonNode set;
        try {
            set = Json.MAPPER.readTree(response.body());
        } catch (RuntimeException e) {
            throw new IOException("JWKS " + url + " is not JSON", e);
        }
        keys = parse(set);
        fetchedAt = now;
    }

    /** The usable keys of a JWK set document. */
    static List<Key> parse(JsonNode set) {
        List<Key> parsed = new ArrayList<>();
        for (JsonNode jwk : set.path("keys")) {
            String use = Json.text(jwk, "use");
            if (use != null && !use.equals("sig")) {
                continue;
            }
            try {
                PublicKey key = switch (String.valueOf(Json.text(jwk, "kty"))) {
                    case "RSA" -> rsa(jwk);
                    case "EC" -> ec(jwk);
                    default -> null;
                };
                if (key != null) {
                    parsed.add(new Key(Json.text(jwk, "kid"), Json.text(jwk, "kty"), Json.text(jwk, "alg"), key));
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // a malformed key is no key; the others still count
            }
        }
        return parsed;
    }

    private static PublicKey rsa(JsonNode jwk) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e")));
    }

    private static PublicKey ec(JsonNode jwk) throws GeneralSecurityException {
        String curve = CURVES.get(String.valueOf(Json.text(jwk, "crv")));
        if (curve == null) {
            return null;
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(curve));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(number(jwk, "x"), number(jwk, "y"));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }

    private static BigInteger number(JsonNode jwk, String member) {
        String text = Json.text(jwk, member);
        if (text == null) {
            throw new IllegalArgumentException("JWK without " + member);
        }
        return new BigInteger(1, Base64.getUrlDecoder().decode(text));
    }
}

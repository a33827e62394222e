package org.mcpgate.jira;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.atlassian.auth.Caller;
import org.mcpgate.atlassian.auth.CredentialStrategy;
import org.mcpgate.atlassian.auth.JiraTarget;
import tools.jackson.databind.JsonNode;

/**
 * Who a caller is in Jira ({@code /rest/api/2/myself}), cached per credential: a check on every call would get a
 * busy server rate-limited by Jira. Refusals are cached too, for less time, so a bad token cannot hammer Jira.
 */
@ApplicationScoped
public class JiraIdentities {

    static final Duration KNOWN_FOR = Duration.ofMinutes(5);
    static final Duration REFUSED_FOR = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    /** The Jira user a credential acts as. */
    public record Identity(String name, String key, String displayName) {
    }

    private record Entry(Identity identity, UpstreamException refusal, Instant until) {
    }

    @Inject
    CredentialStrategy credentials;

    @Inject
    JiraClients clients;

    Clock clock = Clock.systemUTC();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** The caller's Jira identity, or the {@link UpstreamException} Jira answered its credential with. */
    public Identity of(Caller caller) {
        JiraTarget target = credentials.targetFor(caller);
        String key = fingerprint(target);
        Entry entry = cache.get(key);
        if (entry == null || !clock.instant().isBefore(entry.until())) {
            entry = lookUp(target);
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, entry);
        }
        if (entry.refusal() != null) {
            throw entry.refusal();
        }
        return entry.identity();
    }

    private Entry lookUp(JiraTarget target) {
        try {
            JsonNode me = clients.at(target).myself();
            Identity identity = new Identity(me.path("name").asString(me.path("accountId").asString("")),
                    me.path("key").asString(""), me.path("displayName").asString(""));
            return new Entry(identity, null, clock.instant().plus(KNOWN_FOR));
        } catch (UpstreamException e) {
            if (e.status() == 401 || e.status() == 403) {
                return new Entry(null, e, clock.instant().plus(REFUSED_FOR));
            }
            throw e; // Jira down or slow: nothing to remember about the credential
        }
    }

    /** A hash of where and how a call authenticates: the cache never holds a credential in clear. */
    private static String fingerprint(JiraTarget target) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(target.baseUrl().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(target.credential().authorization().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

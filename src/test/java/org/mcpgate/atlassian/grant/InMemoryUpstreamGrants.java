package org.mcpgate.atlassian.grant;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The repository as a map, with the JPA implementation's version rule; a hook can break reads (undecryptable rows). */
final class InMemoryUpstreamGrants implements UpstreamGrants {

    private final Map<String, UpstreamGrant> rows = new HashMap<>();
    private Function<UpstreamGrant, UpstreamGrant> onFind = Function.identity();
    int replaces;

    synchronized void onFind(Function<UpstreamGrant, UpstreamGrant> hook) {
        onFind = hook;
    }

    @Override
    public synchronized UpstreamGrant save(UpstreamGrant grant) {
        UpstreamGrant old = rows.get(grant.id());
        UpstreamGrant stored = new UpstreamGrant(grant.id(), grant.provider(), grant.site(), grant.subject(),
                grant.scope(), grant.accessToken(), grant.refreshToken(), grant.accessExpiresAt(),
                old == null ? grant.createdAt() : old.createdAt(), Instant.now(), old == null ? 1 : old.version() + 1);
        rows.put(grant.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<UpstreamGrant> find(String id) {
        return Optional.ofNullable(rows.get(id)).map(onFind);
    }

    @Override
    public synchronized boolean delete(String id) {
        return rows.remove(id) != null;
    }

    @Override
    public synchronized Optional<UpstreamGrant> replaceTokens(String id, long expectedVersion, String accessToken,
            Optional<String> refreshToken, Instant accessExpiresAt) {
        UpstreamGrant old = rows.get(id);
        if (old == null || old.version() != expectedVersion) {
            return Optional.empty();
        }
        UpstreamGrant rotated = old.withTokens(accessToken, refreshToken, accessExpiresAt, Instant.now());
        UpstreamGrant stored = new UpstreamGrant(rotated.id(), rotated.provider(), rotated.site(), rotated.subject(),
                rotated.scope(), rotated.accessToken(), rotated.refreshToken(), rotated.accessExpiresAt(),
                rotated.createdAt(), rotated.updatedAt(), old.version() + 1);
        rows.put(id, stored);
        replaces++;
        return Optional.of(stored);
    }

    @Override
    public int resealWithCurrentKey() {
        return 0;
    }
}

package org.mcpgate.oauth.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.mcpgate.oauth.domain.ClientKind;
import org.mcpgate.oauth.domain.RegisteredClient;

/**
 * The row of {@code mcpgate_oauth_client} (db/migration/V3): redirect URIs as a JSON array, grant types
 * space-separated. Never in the shared cache: a client deleted on one node must be gone on every node at once.
 */
@Entity
@Cacheable(false)
@Table(name = "mcpgate_oauth_client")
public class OAuthClientEntity {

    static final int REDIRECT_URIS_LENGTH = 8000;

    @Id
    @Column(name = "client_id", length = 512)
    private String clientId;

    @Column(name = "client_name", nullable = false, length = 1000)
    private String clientName;

    @Column(name = "redirect_uris", nullable = false, length = REDIRECT_URIS_LENGTH)
    private String redirectUris;

    @Column(name = "grant_types", nullable = false, length = 255)
    private String grantTypes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ClientKind kind;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected OAuthClientEntity() {
        // for JPA
    }

    OAuthClientEntity(String clientId) {
        this.clientId = clientId;
    }

    /** Takes every value of the record but its id. */
    void describe(RegisteredClient client) {
        String json = JsonStrings.toJson(client.redirectUris());
        if (json.length() > REDIRECT_URIS_LENGTH) {
            throw new IllegalArgumentException("The redirect URIs of client " + client.clientId() + " take "
                    + json.length() + " characters as JSON; the column holds " + REDIRECT_URIS_LENGTH);
        }
        this.clientName = client.clientName();
        this.redirectUris = json;
        this.grantTypes = client.grantTypes().stream().sorted().collect(Collectors.joining(" "));
        this.kind = client.kind();
        this.createdAt = Rows.utc(client.createdAt());
    }

    RegisteredClient toRecord() {
        return new RegisteredClient(clientId, clientName, JsonStrings.fromJson(redirectUris),
                grantTypes.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(grantTypes.split(" "))),
                kind, Rows.instant(createdAt));
    }
}

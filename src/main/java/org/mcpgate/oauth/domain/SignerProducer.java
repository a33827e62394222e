package org.mcpgate.oauth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mcpgate.atlassian.grant.EncryptionKeys;

/** The proxy's signer, keyed from the current encryption key, which every node of a cluster shares. */
@ApplicationScoped
public class SignerProducer {

    @Produces
    @Singleton
    Signer signer(EncryptionKeys keys) {
        return new Signer(keys.current().secret().getEncoded());
    }
}

package org.mcpgate.atlassian.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The sealing keys, read once from MicroProfile Config (environment, system properties, server variables), and
 * the cipher built on them. Singletons: neither class can be proxied, and one generation of the key file is enough.
 */
@ApplicationScoped
public class EncryptionKeysProducer {

    @Produces
    @Singleton
    EncryptionKeys keys() {
        Config config = ConfigProvider.getConfig();
        return EncryptionKeys.load(key -> config.getOptionalValue(key, String.class), EncryptionKeys.defaultKeyFile());
    }

    @Produces
    @Singleton
    TokenCipher cipher(EncryptionKeys keys) {
        return new TokenCipher(keys);
    }
}

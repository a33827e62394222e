package org.mcpgate.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the settings once (singletons: records cannot be proxied), from MicroProfile Config (environment, system properties, server variables). */
@ApplicationScoped
public class SettingsProducer {

    @Produces
    @Singleton
    Settings settings() {
        Config config = ConfigProvider.getConfig();
        return new SettingsReader(key -> config.getOptionalValue(key, String.class),
                key -> config.getConfigValue(key).getRawValue() != null).read();
    }

    @Produces
    @Singleton
    JiraSettings jira(Settings settings) {
        return settings.jira();
    }

    @Produces
    @Singleton
    ProxySettings proxy(Settings settings) {
        return settings.proxy();
    }

    @Produces
    @Singleton
    ToolPolicy tools(Settings settings) {
        return settings.tools();
    }

    @Produces
    @Singleton
    EdgeSettings edge(Settings settings) {
        return settings.edge();
    }
}

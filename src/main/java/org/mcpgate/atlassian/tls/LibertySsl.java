package org.mcpgate.atlassian.tls;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Open Liberty's SSL configuration, through its public API {@code com.ibm.websphere.ssl.JSSEHelper} looked up at run
 * time, so that the WAR still deploys and runs on other servers (where {@link #available()} is false).
 */
public final class LibertySsl {

    /** The Jakarta REST client property naming the {@code <ssl>} element for a client (Open Liberty). */
    public static final String CLIENT_SSL_CONFIG_PROPERTY = "com.ibm.ws.jaxrs.client.ssl.config";

    private static final String HELPER = "com.ibm.websphere.ssl.JSSEHelper";
    private static final String LISTENER = "com.ibm.websphere.ssl.SSLConfigChangeListener";

    private LibertySsl() {
    }

    /** Whether this runs in Open Liberty with its SSL support ({@code transportSecurity-1.0}) visible. */
    public static boolean available() {
        return helper().isPresent();
    }

    /** Whether an {@code <ssl>} element with this id exists; empty when not on Open Liberty (or unknown). */
    public static Optional<Boolean> exists(String id) {
        return helper().flatMap(helper -> {
            try {
                Method method = helper.getClass().getMethod("doesSSLConfigExist", String.class);
                return Optional.ofNullable((Boolean) method.invoke(helper, id));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * The properties of the SSL configuration Liberty uses for an outbound connection to this host and port (the
     * {@code sslDefault} outbound reference, or {@code defaultSSLConfig}): {@code com.ibm.ssl.trustStore}, its type
     * and password, {@code com.ibm.ws.ssl.trustDefaultCerts}. Empty when not on Open Liberty.
     */
    public static Optional<Properties> outboundProperties(String host, int port) {
        return helper().flatMap(helper -> {
            Map<String, Object> connection = new HashMap<>();
            connection.put("com.ibm.ssl.direction", "outbound");
            connection.put("com.ibm.ssl.remoteHost", host);
            connection.put("com.ibm.ssl.remotePort", Integer.toString(port));
            try {
                Class<?> listener = Class.forName(LISTENER, false, helper.getClass().getClassLoader());
                Method method = helper.getClass().getMethod("getProperties", String.class, Map.class, listener);
                return Optional.ofNullable((Properties) method.invoke(helper, null, connection, null));
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("Open Liberty has no usable outbound SSL configuration: "
                        + e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Object> helper() {
        try {
            Class<?> type = Class.forName(HELPER);
            return Optional.ofNullable(type.getMethod("getInstance").invoke(null));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }
}

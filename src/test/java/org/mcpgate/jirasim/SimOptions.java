package org.mcpgate.jirasim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line and system properties of the simulator: {@code --port N} ({@code jirasim.port}, default 9091),
 * {@code --host H} ({@code jirasim.host}, default 127.0.0.1), {@code --base-url URL} ({@code jirasim.baseUrl}, the
 * address put in {@code self} links) and {@code --token TOKEN=user}, repeatable, for more accepted PATs.
 *
 * <p>HTTPS, beside the HTTP port: {@code --https-port N} serves the same simulator over TLS, {@code --need-client-auth}
 * makes that port require a client certificate, and {@code --mtls-port N} adds a second HTTPS port that always requires
 * one. {@code --tls-keystore FILE} (PKCS12 or JKS) and {@code --tls-password P} (default {@code changeit}) give the
 * server certificate, {@code --client-ca FILE} (PEM certificates or a PKCS12/JKS trust store with the same password)
 * the CAs accepted for client certificates. Without {@code --tls-keystore} the test PKI ({@link TestPki}) in
 * {@code --pki-dir DIR} (default {@code target/jirasim-pki}) is used, made there first if missing, and its CA checks
 * client certificates unless {@code --client-ca} says otherwise.
 *
 * @param httpsPort the HTTPS port, or -1 for none
 * @param mtlsPort the HTTPS port that requires client certificates, or -1 for none
 */
record SimOptions(String host, int port, String baseUrl, Map<String, String> tokens, int httpsPort, int mtlsPort,
        String tlsKeystore, String tlsPassword, String clientCa, boolean needClientAuth, String pkiDir) {
    static final int DEFAULT_PORT = 9091;
    static final String DEFAULT_HOST = "127.0.0.1";

    static SimOptions parse(String[] args) {
        String host = System.getProperty("jirasim.host", DEFAULT_HOST);
        int port = Integer.parseInt(System.getProperty("jirasim.port", String.valueOf(DEFAULT_PORT)));
        String baseUrl = System.getProperty("jirasim.baseUrl");
        Map<String, String> tokens = new LinkedHashMap<>();
        int httpsPort = -1;
        int mtlsPort = -1;
        String keystore = null;
        String password = TestPki.PASSWORD;
        String clientCa = null;
        boolean needClientAuth = false;
        String pkiDir = TestPki.DEFAULT_DIR.toString();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = arg.contains("=") && arg.startsWith("--") ? arg.substring(arg.indexOf('=') + 1) : null;
            String name = value != null ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean flag = name.equals("--help") || name.equals("-h") || name.equals("--need-client-auth");
            if (value == null && !flag) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--port" -> port = Integer.parseInt(value);
                case "--host" -> host = value;
                case "--base-url" -> baseUrl = value;
                case "--token" -> {
                    int eq = value.lastIndexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--token takes TOKEN=username");
                    }
                    tokens.put(value.substring(0, eq), value.substring(eq + 1));
                }
                case "--https-port" -> httpsPort = Integer.parseInt(value);
                case "--mtls-port" -> mtlsPort = Integer.parseInt(value);
                case "--tls-keystore" -> keystore = value;
                case "--tls-password" -> password = value;
                case "--client-ca" -> clientCa = value;
                case "--need-client-auth" -> needClientAuth = value == null || Boolean.parseBoolean(value);
                case "--pki-dir" -> pkiDir = value;
                case "--help", "-h" -> throw new IllegalArgumentException(usage());
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + usage());
            }
        }
        if (needClientAuth && httpsPort < 0) {
            throw new IllegalArgumentException("--need-client-auth applies to --https-port, which is missing");
        }
        return new SimOptions(host, port, baseUrl, tokens, httpsPort, mtlsPort, keystore, password, clientCa,
                needClientAuth, pkiDir);
    }

    /** The HTTPS listeners asked for; makes the test PKI when one is needed and missing. */
    List<SimTls> listeners() {
        List<SimTls> listeners = new ArrayList<>();
        if (httpsPort < 0 && mtlsPort < 0) {
            return listeners;
        }
        Path keystore = tlsKeystore == null ? null : Path.of(tlsKeystore);
        Path trusted = clientCa == null ? null : Path.of(clientCa);
        if (keystore == null) {
            TestPki pki = TestPki.ensure(Path.of(pkiDir));
            keystore = pki.serverKeyStore();
            trusted = trusted == null ? pki.trustStore() : trusted;
        }
        if (httpsPort >= 0) {
            listeners.add(new SimTls(httpsPort, keystore, tlsPassword, trusted, needClientAuth));
        }
        if (mtlsPort >= 0) {
            listeners.add(new SimTls(mtlsPort, keystore, tlsPassword, trusted, true));
        }
        return listeners;
    }

    static String usage() {
        return "usage: JiraSimulator [--port 9091] [--host 127.0.0.1] [--base-url http://host:port]"
                + " [--token TOKEN=username ...] [--https-port N [--need-client-auth]] [--mtls-port N]"
                + " [--tls-keystore server.p12] [--tls-password changeit] [--client-ca ca.pem|truststore.p12]"
                + " [--pki-dir target/jirasim-pki]";
    }
}

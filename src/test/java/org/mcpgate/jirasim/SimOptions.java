package org.mcpgate.jirasim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command line and system properties of the simulator: {@code --port N} ({@code jirasim.port}, default 9091),
 * {@code --host H} ({@code jirasim.host}, default 127.0.0.1), {@code --base-url URL} ({@code jirasim.baseUrl}, the
 * address put in {@code self} links) and {@code --token TOKEN=user}, repeatable, for more accepted PATs.
 */
record SimOptions(String host, int port, String baseUrl, Map<String, String> tokens) {
    static final int DEFAULT_PORT = 9091;
    static final String DEFAULT_HOST = "127.0.0.1";

    static SimOptions parse(String[] args) {
        String host = System.getProperty("jirasim.host", DEFAULT_HOST);
        int port = Integer.parseInt(System.getProperty("jirasim.port", String.valueOf(DEFAULT_PORT)));
        String baseUrl = System.getProperty("jirasim.baseUrl");
        Map<String, String> tokens = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = arg.contains("=") && arg.startsWith("--") ? arg.substring(arg.indexOf('=') + 1) : null;
            String name = value != null ? arg.substring(0, arg.indexOf('=')) : arg;
            if (value == null && !name.equals("--help") && !name.equals("-h")) {
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
                case "--help", "-h" -> throw new IllegalArgumentException(usage());
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + usage());
            }
        }
        return new SimOptions(host, port, baseUrl, tokens);
    }

    static String usage() {
        return "usage: JiraSimulator [--port 9091] [--host 127.0.0.1] [--base-url http://host:port]"
                + " [--token TOKEN=username ...]";
    }
}

package org.mcpgate.db;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** How a node of a cluster is named in the database: its host name and the application server's name. */
public final class NodeName {

    private NodeName() {
    }

    public static String current() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String server = System.getProperty("wlp.server.name");
        return server == null ? host : host + "/" + server;
    }
}

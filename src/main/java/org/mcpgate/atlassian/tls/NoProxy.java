package org.mcpgate.atlassian.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code NO_PROXY} as curl and Python's requests read it: comma-separated entries; {@code *} bypasses the proxy for
 * every host; {@code example.com}, {@code .example.com} and {@code *.example.com} for that domain and its subdomains;
 * an IP address, or a CIDR block such as {@code 10.0.0.0/8}, for IP addresses written as such in the URL (no DNS
 * lookup); any entry may end with {@code :port} to apply to that port only.
 */
public final class NoProxy {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<String> entries;

    public NoProxy(List<String> entries) {
        this.entries = entries.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty())
                .toList();
    }

    /** Whether a request to this host and port goes direct. */
    public boolean bypasses(String host, int port) {
        String target = unbracket(host.toLowerCase(Locale.ROOT));
        if (target.endsWith(".")) {
            target = target.substring(0, target.length() - 1);
        }
        for (String entry : entries) {
            if (matches(entry, target, port)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String entry, String host, int port) {
        if (entry.equals("*")) {
            return true;
        }
        String pattern = entry;
        int colon = entry.lastIndexOf(':');
        boolean bracketed = entry.startsWith("[");
        boolean bareIpv6 = !bracketed && entry.indexOf(':') != colon;
        if (colon > 0 && !bareIpv6 && (!bracketed || entry.lastIndexOf(']') < colon)) {
            String portText = entry.substring(colon + 1);
            if (!portText.matches("\\d{1,5}") || Integer.parseInt(portText) != port) {
                return false;
            }
            pattern = entry.substring(0, colon);
        }
        pattern = unbracket(pattern);
        if (pattern.contains("/")) {
            return inBlock(pattern, host);
        }
        if (isIpLiteral(pattern) || isIpLiteral(host)) {
            return address(pattern).isPresent() && address(pattern).equals(address(host));
        }
        String domain = pattern.startsWith("*.") ? pattern.substring(2)
                : pattern.startsWith(".") ? pattern.substring(1) : pattern;
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static boolean inBlock(String cidr, String host) {
        int slash = cidr.indexOf('/');
        Optional<InetAddress> network = address(cidr.substring(0, slash));
        Optional<InetAddress> target = address(host);
        if (network.isEmpty() || target.isEmpty() || !cidr.substring(slash + 1).matches("\\d{1,3}")) {
            return false;
        }
        byte[] net = network.get().getAddress();
        byte[] addr = target.get().getAddress();
        int bits = Integer.parseInt(cidr.substring(slash + 1));
        if (net.length != addr.length || bits > net.length * 8) {
            return false;
        }
        int shift = net.length * 8 - bits;
        return new BigInteger(1, net).shiftRight(shift).equals(new BigInteger(1, addr).shiftRight(shift));
    }

    private static boolean isIpLiteral(String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }

    /** The address of an IP literal, without any name lookup. */
    private static Optional<InetAddress> address(String host) {
        if (!isIpLiteral(host) || !host.matches("[0-9a-f.:]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}

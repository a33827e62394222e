package org.mcpgate.oauth.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges a URL fetched on a client's behalf must not reach (draft-ietf-oauth-client-id-metadata-document
 * §8.6, SSRF): anything that is not the public internet, including IPv6 forms that embed such an IPv4 address.
 */
final class PrivateAddresses {

    /** A CIDR block and what it is, for the refusal's description. */
    private record Block(byte[] prefix, int bits, String name) {

        static Block of(String address, int bits, String name) {
            try {
                return new Block(InetAddress.getByName(address).getAddress(), bits, name);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Block> BLOCKS = List.of(
            Block.of("0.0.0.0", 8, "unspecified (0.0.0.0/8)"),
            Block.of("10.0.0.0", 8, "private (10.0.0.0/8, RFC 1918)"),
            Block.of("100.64.0.0", 10, "shared CGNAT (100.64.0.0/10, RFC 6598)"),
            Block.of("127.0.0.0", 8, "loopback (127.0.0.0/8)"),
            Block.of("169.254.0.0", 16, "link-local (169.254.0.0/16)"),
            Block.of("172.16.0.0", 12, "private (172.16.0.0/12, RFC 1918)"),
            Block.of("192.0.0.0", 24, "IETF protocol assignments (192.0.0.0/24)"),
            Block.of("192.0.2.0", 24, "documentation (192.0.2.0/24)"),
            Block.of("192.168.0.0", 16, "private (192.168.0.0/16, RFC 1918)"),
            Block.of("198.18.0.0", 15, "benchmarking (198.18.0.0/15)"),
            Block.of("198.51.100.0", 24, "documentation (198.51.100.0/24)"),
            Block.of("203.0.113.0", 24, "documentation (203.0.113.0/24)"),
            Block.of("224.0.0.0", 4, "multicast (224.0.0.0/4)"),
            Block.of("240.0.0.0", 4, "reserved (240.0.0.0/4)"),
            Block.of("::", 128, "unspecified (::)"),
            Block.of("::1", 128, "loopback (::1)"),
            Block.of("fc00::", 7, "unique local (fc00::/7)"),
            Block.of("fe80::", 10, "link-local (fe80::/10)"),
            Block.of("fec0::", 10, "site-local (fec0::/10)"),
            Block.of("ff00::", 8, "multicast (ff00::/8)"),
            Block.of("2001::", 32, "Teredo (2001::/32)"),
            Block.of("2001:db8::", 32, "documentation (2001:db8::/32)"),
            Block.of("100::", 64, "discard-only (100::/64)"));

    private PrivateAddresses() {
    }

    /** What kind of non-public address this is, or empty for a public one. */
    static Optional<String> kindOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<byte[]> embedded = embeddedIpv4(address);
        if (embedded.isPresent()) {
            return kindOf(bytes(embedded.get())).map(kind -> "IPv6 form of " + kind);
        }
        return BLOCKS.stream().filter(block -> block.contains(bytes)).map(Block::name).findFirst();
    }

    /**
     * The IPv4 address inside an IPv4-mapped ({@code ::ffff:0:0/96}), IPv4-compatible ({@code ::/96}), NAT64
     * ({@code 64:ff9b::/96}) or 6to4 ({@code 2002::/16}) IPv6 address: each reaches that IPv4 host.
     */
    private static Optional<byte[]> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean zeroes80 = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        boolean mapped = zeroes80 && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = zeroes80 && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b
                && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        if (mapped || compatible || nat64) {
            return Optional.of(Arrays.copyOfRange(b, 12, 16));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Optional.of(Arrays.copyOfRange(b, 2, 6));
        }
        return Optional.empty();
    }

    private static InetAddress bytes(byte[] ipv4) {
        try {
            return InetAddress.getByAddress(ipv4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

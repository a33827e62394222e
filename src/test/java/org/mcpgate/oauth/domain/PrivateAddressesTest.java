package org.mcpgate.oauth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrivateAddressesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1        | loopback
            127.255.0.9      | loopback
            10.0.0.1         | private (10.0.0.0/8
            172.16.0.1       | private (172.16.0.0/12
            172.31.255.255   | private (172.16.0.0/12
            192.168.1.1      | private (192.168.0.0/16
            100.64.0.1       | CGNAT
            100.127.255.255  | CGNAT
            169.254.169.254  | link-local
            0.0.0.0          | unspecified
            224.0.0.1        | multicast
            255.255.255.255  | reserved
            ::1              | loopback (::1)
            ::               | unspecified (::)
            fc00::1          | unique local
            fd12:3456::1     | unique local
            fe80::1          | link-local (fe80::/10)
            ff02::1          | multicast (ff00::/8
            ::ffff:127.0.0.1 | loopback (127.0.0.0/8)
            ::ffff:a9fe:a9fe | link-local (169.254.0.0/16)
            64:ff9b::a00:1   | IPv6 form of private (10.0.0.0/8
            2002:a00:1::     | IPv6 form of private (10.0.0.0/8
            ::10.0.0.1       | IPv6 form of private (10.0.0.0/8
            2001:db8::1      | documentation
            2001:0:4136::1   | Teredo
            """)
    void kindOfWhenNotPublicThenNamesTheRange(String address, String kind) throws Exception {
        Optional<String> found = PrivateAddresses.kindOf(InetAddress.getByName(address));
        assertTrue(found.isPresent() && found.get().contains(kind), address
                + " -> " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            8.8.8.8
            1.1.1.1
            172.32.0.1
            100.128.0.1
            192.169.0.1
            2606:4700:4700::1111
            2002:808:808::
            64:ff9b::808:808
            """)
    void kindOfWhenPublicThenEmpty(String address) throws Exception {
        assertEquals(Optional.empty(), PrivateAddresses.kindOf(InetAddress.getByName(address)));
    }

    @ParameterizedTest(name = "::ffff:{0} as an Inet6Address")
    @CsvSource(textBlock = """
            127,0,0,1
            10,1,2,3
            """)
    void kindOfWhenIpv4MappedKeptAsIpv6ThenJudgedByItsIpv4(int a, int b, int c, int d) throws Exception {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = (byte) a;
        bytes[13] = (byte) b;
        bytes[14] = (byte) c;
        bytes[15] = (byte) d;
        InetAddress mapped = Inet6Address.getByAddress(null, bytes, null);
        assertTrue(PrivateAddresses.kindOf(mapped).orElseThrow().startsWith("IPv6 form of "));
    }
}

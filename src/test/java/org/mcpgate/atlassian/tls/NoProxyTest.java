package org.mcpgate.atlassian.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoProxyTest {

    @ParameterizedTest(name = "NO_PROXY={0}: {1}:{2} bypasses: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            *                          | jira.example.com  | 443  | true
            example.com                | example.com       | 443  | true
            example.com                | jira.example.com  | 443  | true
            example.com                | jira.example.com. | 443  | true
            example.com                | badexample.com    | 443  | false
            .example.com               | jira.example.com  | 443  | true
            *.example.com              | jira.example.com  | 443  | true
            *.example.com              | example.com       | 443  | true
            EXAMPLE.com                | Jira.Example.COM  | 443  | true
            example.com:8443           | jira.example.com  | 8443 | true
            example.com:8443           | jira.example.com  | 443  | false
            127.0.0.1                  | 127.0.0.1         | 9191 | true
            127.0.0.1                  | 127.0.0.2         | 9191 | false
            127.0.0.1                  | localhost         | 9191 | false
            localhost, 127.0.0.1       | localhost         | 80   | true
            10.0.0.0/8                 | 10.20.30.40       | 443  | true
            10.0.0.0/8                 | 11.0.0.1          | 443  | false
            10.0.0.0/8                 | ten.example.com   | 443  | false
            ::1                        | [::1]             | 443  | true
            [::1]:8443                 | [::1]             | 8443 | true
            fd00::/8                   | [fd12::1]         | 443  | true
            '   '                      | jira.example.com  | 443  | false
            other.org                  | jira.example.com  | 443  | false
            """)
    void entriesMatchAsCurlAndRequestsReadThem(String entries, String host, int port, boolean bypass) {
        assertEquals(bypass, new NoProxy(List.of(entries.split(","))).bypasses(host, port));
    }
}

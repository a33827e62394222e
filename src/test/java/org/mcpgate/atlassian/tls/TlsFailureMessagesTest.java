package org.mcpgate.atlassian.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.net.SocketException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.mcpgate.atlassian.UpstreamErrors;

/** The TLS and proxy failures seen against the simulator on Open Liberty, as the tool errors word them. */
class TlsFailureMessagesTest {

    private static String failure(String url, Throwable cause) {
        return UpstreamErrors.fromFailure("Jira", url, new ProcessingException("RESTEASY004655: Unable to invoke"
                + " request: " + cause, cause), 30).getMessage();
    }

    @Test
    void pkixFailureThenNotTrustedAndThePointerToTheTrustStore() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new CertificateException("PKIX path building failed: unable to find valid certification"
                + " path to requested target"));
        assertEquals("Could not reach Jira at https://jira: its TLS certificate is not trusted; add the CA that"
                + " issued it to the application server's trust store (see the README, \"Enterprise CAs: the"
                + " server's trust store\").", failure("https://jira", handshake));
    }

    @Test
    void certificateRequiredAlertThenClientCertificateKeys() {
        String text = failure("https://jira", new SSLHandshakeException("Received fatal alert: certificate_required"));
        assertTrue(text.contains("for want of a client certificate it accepts; set JIRA_CLIENT_CERT and"
                + " JIRA_CLIENT_KEY, or JIRA_SSL_CONFIG"), text);
    }

    @Test
    void connectionDroppedAfterHandshakeOnHttpsThenClientCertificateHint() {
        for (String message : new String[] {"Broken pipe", "Connection reset"}) {
            String text = failure("https://jira", new SocketException(message));
            assertTrue(text.startsWith("Could not reach Jira at https://jira: the connection was closed without an"
                    + " answer; if this happens on every call, Jira (or a proxy in front of it) may require a TLS"
                    + " client certificate: set JIRA_CLIENT_CERT and JIRA_CLIENT_KEY, or JIRA_SSL_CONFIG"), text);
        }
        assertEquals("Could not reach Jira at http://jira: the connection was closed without an answer; Jira or a proxy"
                + " in front of it may be restarting, try again shortly.", failure("http://jira",
                new SocketException("Connection reset")));
    }

    @Test
    void hostNameNotOnTheCertificateThenSaysSo() {
        String text = failure("https://10.0.0.5", new SSLHandshakeException("No subject alternative names matching IP"
                + " address 10.0.0.5 found"));
        assertTrue(text.contains("its TLS certificate is not issued for this host name"), text);
    }

    @Test
    void plainHttpPortThenSaysToCheckTheScheme() {
        String text = failure("https://jira:8080", new SSLException("Unsupported or unrecognized SSL message"));
        assertTrue(text.contains("it does not answer TLS on that port"), text);
    }

    @Test
    void proxyAuthenticationRequiredThenNamesTheProxyKeys() {
        String text = UpstreamErrors.fromResponse("Jira", 407, "", null, null).getMessage();
        assertTrue(text.startsWith("The proxy between mcpgate and Jira wants proxy credentials"), text);
        assertTrue(text.contains("JIRA_HTTPS_PROXY, JIRA_HTTP_PROXY, HTTPS_PROXY or HTTP_PROXY"), text);
    }
}

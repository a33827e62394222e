package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The simulator over HTTPS with the test PKI: one listener without and one with required client certificates, both
 * sharing the HTTP listener's state.
 */
class HttpsTest {
    @TempDir
    static Path temp;
    static Path pkiDir;
    static Path otherPkiDir;
    static TestPki pki;
    static JiraSimulator jira;
    static SimClient control;

    @BeforeAll
    static void startOverHttps() {
        pkiDir = temp.resolve("pki");
        otherPkiDir = temp.resolve("other-pki");
        pki = TestPki.ensure(pkiDir);
        jira = JiraSimulator.start("127.0.0.1", 0, null, Map.of(),
                List.of(SimTls.of(pki, 0, false), SimTls.of(pki, 0, true)));
        control = new SimClient(jira.baseUrl());
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @BeforeEach
    void reset() {
        control.post("/_sim/reset", null, "{}");
    }

    static HttpResponse<String> get(SSLContext tls, String url) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", SimClient.ALICE).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<RecordedRequest> log() {
        List<RecordedRequest> entries = new ArrayList<>();
        control.get("/_sim/requests", null).json().forEach(e -> entries.add(RecordedRequest.fromJson(e)));
        return entries;
    }

    @Test
    void serverInfoOverHttpsWithAClientTrustingTheTestCa() throws Exception {
        assertEquals(2, jira.httpsPorts().size());
        assertNotEquals(jira.port(), jira.httpsPorts().get(0));
        assertEquals("https://127.0.0.1:" + jira.httpsPorts().get(0), jira.httpsBaseUrl());
        HttpResponse<String> answer = get(pki.clientContext(false), jira.httpsBaseUrl() + "/rest/api/2/serverInfo");
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("alice", answer.headers().firstValue("X-AUSERNAME").orElse(null));
        assertTrue(Json.parse(answer.body()).path("version").isString(), answer.body());
        HttpResponse<String> localhost = get(pki.clientContext(false), "https://localhost:" + jira.httpsPorts().get(0)
                + "/rest/api/2/serverInfo");
        assertEquals(200, localhost.statusCode(), "the certificate names localhost too");
        RecordedRequest entry = log().get(0);
        assertEquals("https", entry.scheme());
        assertNull(entry.clientCertificate(), "no client certificate asked for on this port");
        assertEquals("alice", entry.user());
    }

    @Test
    void theHandshakeFailsForAClientThatDoesNotTrustTheTestCa() throws Exception {
        SSLContext jdkDefaults = SSLContext.getInstance("TLS");
        jdkDefaults.init(null, null, null);
        assertThrows(SSLHandshakeException.class, () -> get(jdkDefaults,
                jira.httpsBaseUrl() + "/rest/api/2/serverInfo"));
        TestPki other = TestPki.generate(otherPkiDir);
        assertThrows(SSLHandshakeException.class, () -> get(other.clientContext(false),
                jira.httpsBaseUrl() + "/rest/api/2/serverInfo"), "another CA's trust store");
        assertEquals(List.of(), log(), "no request got through");
    }

    @Test
    void withNeedClientAuthTheClientCertificateIsRequiredAndLogged() throws Exception {
        String mtls = jira.httpsBaseUrl(1);
        HttpResponse<String> answer = get(pki.clientContext(true), mtls + "/rest/api/2/serverInfo");
        assertEquals(200, answer.statusCode(), answer.body());
        RecordedRequest entry = log().get(0);
        assertEquals("https", entry.scheme());
        assertEquals(TestPki.CLIENT_SUBJECT, entry.clientCertificate());
        JsonNode json = control.get("/_sim/requests", null).json().get(0);
        assertEquals(TestPki.CLIENT_SUBJECT, json.path("clientCertificate").asString());

        assertThrows(IOException.class, () -> get(pki.clientContext(false), mtls + "/rest/api/2/serverInfo"),
                "no client certificate: the handshake fails");
        TestPki other = TestPki.generate(otherPkiDir);
        SSLContext foreignCertificate = foreignClient(other);
        assertThrows(IOException.class, () -> get(foreignCertificate, mtls + "/rest/api/2/serverInfo"),
                "a client certificate from another CA");
        assertEquals(1, log().size(), "the refused handshakes never reached HTTP");
        assertEquals(200, get(pki.clientContext(true), jira.httpsBaseUrl() + "/rest/api/2/serverInfo").statusCode(),
                "the other port takes a client certificate it did not ask for");
    }

    @Test
    void httpAndHttpsShareOneSimulator() throws Exception {
        control.post("/_sim/faults", null, "{\"path\":\"/rest/api/2/myself\",\"status\":503,\"times\":1}");
        assertEquals(503, get(pki.clientContext(true), jira.httpsBaseUrl(1) + "/rest/api/2/myself").statusCode());
        assertEquals(200, control.get("/rest/api/2/myself", SimClient.ALICE).status());
        List<RecordedRequest> log = log();
        assertEquals(List.of("https", "http"), log.stream().map(RecordedRequest::scheme).toList());
        assertEquals(TestPki.CLIENT_SUBJECT, log.get(0).clientCertificate());
        assertNull(log.get(1).clientCertificate());
        HttpResponse<String> controlOverHttps = get(pki.clientContext(false), jira.httpsBaseUrl() + "/_sim/cloud");
        assertEquals(200, controlOverHttps.statusCode());
    }

    @Test
    void thePkiFilesAreConsistentAndReusedWhileValid() throws Exception {
        for (String name : TestPki.FILES) {
            assertTrue(Files.size(pki.dir().resolve(name)) > 0, name);
        }
        List<X509Certificate> serverChain = TestPki.readCertificates(pki.serverPem());
        assertEquals(2, serverChain.size());
        assertEquals(TestPki.SERVER_SUBJECT, serverChain.get(0).getSubjectX500Principal().getName());
        assertEquals(pki.caCertificate(), serverChain.get(1));
        serverChain.get(0).verify(pki.caCertificate().getPublicKey());
        assertTrue(serverChain.get(0).getSubjectAlternativeNames().toString().contains("127.0.0.1"));
        assertTrue(serverChain.get(0).getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"), "serverAuth");
        assertEquals(-1, serverChain.get(0).getBasicConstraints());
        assertEquals(0, pki.caCertificate().getBasicConstraints(), "a CA, no intermediates below it");
        List<X509Certificate> clientChain = TestPki.readCertificates(pki.clientPem());
        assertEquals(TestPki.CLIENT_SUBJECT, clientChain.get(0).getSubjectX500Principal().getName());
        assertTrue(clientChain.get(0).getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.2"), "clientAuth");
        assertKeyMatches(pki.serverKeyPem(), serverChain.get(0));
        assertKeyMatches(pki.clientKeyPem(), clientChain.get(0));
        assertKeyMatches(pki.caKeyPem(), pki.caCertificate());
        assertTrue(TestPki.load(pki.clientKeyStore()).isKeyEntry(TestPki.CLIENT_ALIAS));
        assertTrue(TestPki.load(pki.trustStore()).isCertificateEntry(TestPki.CA_ALIAS));

        byte[] ca = Files.readAllBytes(pki.caPem());
        assertArrayEquals(ca, Files.readAllBytes(TestPki.ensure(pkiDir).caPem()), "a valid PKI is kept");
        X509Certificate before = TestPki.generate(otherPkiDir).caCertificate();
        Files.delete(otherPkiDir.resolve("client.p12"));
        TestPki remade = TestPki.ensure(otherPkiDir);
        assertTrue(Files.exists(remade.clientKeyStore()), "an incomplete PKI is made again");
        assertNotEquals(before, remade.caCertificate(), "with a new CA");
    }

    @Test
    void pemCaFilesAndTheCommandLineOptionsWork() throws Exception {
        SimOptions options = SimOptions.parse(new String[] {"--port", "0", "--https-port", "0", "--need-client-auth",
            "--mtls-port=0", "--pki-dir", pkiDir.toString()});
        assertEquals(0, options.httpsPort());
        assertTrue(options.needClientAuth());
        List<SimTls> listeners = options.listeners();
        assertEquals(2, listeners.size());
        assertTrue(listeners.stream().allMatch(SimTls::needClientAuth));
        assertEquals(pki.serverKeyStore(), listeners.get(0).keystore());
        assertEquals(pki.trustStore(), listeners.get(0).clientCa());
        assertThrows(IllegalArgumentException.class, () -> SimOptions.parse(new String[] {"--need-client-auth"}));
        SimOptions explicit = SimOptions.parse(new String[] {"--https-port", "0", "--tls-keystore",
            pki.serverKeyStore().toString(), "--tls-password", TestPki.PASSWORD, "--client-ca", pki.caPem().toString(),
            "--need-client-auth=true"});
        try (JiraSimulator pem = JiraSimulator.start(explicit.host(), 0, null, Map.of(), explicit.listeners())) {
            HttpResponse<String> answer = get(pki.clientContext(true), pem.httpsBaseUrl() + "/rest/api/2/serverInfo");
            assertEquals(200, answer.statusCode(), "client CA given as PEM");
            assertThrows(IOException.class, () -> get(pki.clientContext(false), pem.httpsBaseUrl()
                    + "/rest/api/2/serverInfo"));
        }
        assertThrows(IllegalArgumentException.class, () -> SimOptions.parse(new String[] {"--https-port", "0",
            "--tls-keystore", pki.serverKeyStore().toString(), "--need-client-auth"}).listeners(),
                "a key store of one's own needs --client-ca for client certificates");
        assertThrows(IllegalArgumentException.class, () -> JiraSimulator.start("127.0.0.1", 0, null, Map.of(),
                List.of(new SimTls(0, pki.serverKeyStore(), "wrong", null, false))), "wrong password");
    }

    private static void assertKeyMatches(Path keyPem, X509Certificate certificate) throws Exception {
        String pem = Files.readString(keyPem, StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"), pem);
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(new byte[] {1, 2, 3});
        assertTrue(verifier.verify(signature), keyPem + " is the key of " + certificate.getSubjectX500Principal());
    }

    /** Trusts the test CA but presents a client certificate issued by another CA. */
    private static SSLContext foreignClient(TestPki other) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(TestPki.load(pki.trustStore()));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(TestPki.load(other.clientKeyStore()), TestPki.PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}

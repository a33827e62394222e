package org.mcpgate.atlassian.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.X509KeyManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcpgate.jirasim.TestPki;

class PemIdentityTest {

    private static TestPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        pki = TestPki.ensure(Path.of("target", "tls-unit-pki"));
    }

    private static PemIdentity.Result read(Path cert, Path key) {
        return PemIdentity.read("JIRA_CLIENT_CERT", cert, "JIRA_CLIENT_KEY", key);
    }

    private static String only(PemIdentity.Result result) {
        assertTrue(result.identity().isEmpty());
        assertEquals(1, result.problems().size(), result.problems().toString());
        return result.problems().get(0);
    }

    @Test
    void chainAndItsPkcs8KeyThenIdentityPresentingTheChain() {
        PemIdentity.Result result = read(pki.clientPem(), pki.clientKeyPem());
        assertEquals(List.of(), result.problems());
        PemIdentity identity = result.identity().orElseThrow();
        assertEquals(TestPki.CLIENT_SUBJECT, identity.chain().get(0).getSubjectX500Principal().getName());
        assertEquals(2, identity.chain().size(), "client certificate, then its CA");
        X509KeyManager keys = (X509KeyManager) identity.keyManagers()[0];
        String alias = keys.chooseClientAlias(new String[] {"RSA"}, null, null);
        assertEquals(identity.chain().get(0), keys.getCertificateChain(alias)[0]);
        assertEquals("client certificate " + TestPki.CLIENT_SUBJECT, identity.toString());
    }

    @Test
    void certificateFileMissingThenProblemNamesTheKeyAndPath() {
        String problem = only(read(dir.resolve("nope.pem"), pki.clientKeyPem()));
        assertTrue(problem.startsWith("JIRA_CLIENT_CERT: no file at " + dir.resolve("nope.pem")), problem);
    }

    @Test
    void keyFileMissingThenProblemNamesTheKey() {
        String problem = only(read(pki.clientPem(), dir.resolve("nope-key.pem")));
        assertTrue(problem.startsWith("JIRA_CLIENT_KEY: no file at "), problem);
    }

    @Test
    void keyOfAnotherCertificateThenProblemSaysItDoesNotBelong() {
        String problem = only(read(pki.clientPem(), pki.serverKeyPem()));
        assertTrue(problem.startsWith("JIRA_CLIENT_KEY: the key in " + pki.serverKeyPem()
                + " does not belong to the certificate in JIRA_CLIENT_CERT (" + TestPki.CLIENT_SUBJECT + ")"), problem);
    }

    @Test
    void directoryInsteadOfFileThenUnreadable() {
        String problem = only(read(dir, pki.clientKeyPem()));
        assertTrue(problem.contains("cannot be read by the server's user"), problem);
    }

    @Test
    void notPemThenProblemSaysWhatTheFileNeeds() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "hello");
        assertTrue(only(read(junk, pki.clientKeyPem())).startsWith("JIRA_CLIENT_CERT: " + junk + " "));
        String problem = only(read(pki.clientPem(), junk));
        assertTrue(problem.startsWith("JIRA_CLIENT_KEY: " + junk + " holds no private key"), problem);
    }

    @Test
    void traditionalRsaKeyThenProblemGivesTheConversionCommand() throws IOException {
        Path pkcs1 = Files.writeString(dir.resolve("rsa.pem"),
                "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        String problem = only(read(pki.clientPem(), pkcs1));
        assertTrue(problem.contains("traditional RSA format") && problem.contains("openssl pkcs8 -topk8 -nocrypt"),
                problem);
    }

    @Test
    void encryptedKeyThenProblemOffersTheKeyStoreWay() throws IOException {
        Path encrypted = Files.writeString(dir.resolve("enc.pem"),
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");
        String problem = only(read(pki.clientPem(), encrypted));
        assertTrue(problem.contains("is encrypted") && problem.contains("JIRA_SSL_CONFIG"), problem);
    }

    @Test
    void problemsNeverQuoteTheKeyMaterial() throws IOException {
        List<String> lines = Files.readAllLines(pki.serverKeyPem());
        String problem = only(read(pki.clientPem(), pki.serverKeyPem()));
        for (String line : lines.subList(1, lines.size() - 1)) {
            assertFalse(problem.contains(line), problem);
        }
    }
}

package org.mcpgate.atlassian.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcpgate.config.ConfigurationException;

class EncryptionKeysTest {

    private static final String KEY_A = base64(32, 1);
    private static final String KEY_B = base64(32, 2);

    @TempDir
    Path dir;

    @Test
    void loadWhenNoKeyConfiguredThenGeneratesOneIntoTheFileAndReusesItOnTheNextStart() throws Exception {
        Path file = dir.resolve("resources/security/mcpgate-encryption.key");
        EncryptionKeys first = EncryptionKeys.load(config(Map.of()), file);
        EncryptionKeys second = EncryptionKeys.load(config(Map.of()), file);

        assertTrue(Files.exists(file));
        assertEquals(Optional.of(file.toAbsolutePath()), first.generatedFile());
        assertEquals(first.current().id(), second.current().id(), "the second start reuses the key");
        assertEquals(first.current(), second.current());
        assertEquals(32, Base64.getDecoder().decode(Files.readString(file).strip()).length);
    }

    @Test
    void loadWhenKeyGeneratedThenTheFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = dir.resolve("out/mcpgate-encryption.key");
        EncryptionKeys.load(config(Map.of()), file);

        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(file.getParent()));
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()),
                    left.map(p -> p.getFileName().toString()).toList(), "no temporary file left behind");
        }
    }

    @Test
    void loadWhenExistingKeyFileIsWorldReadableThenItIsNarrowedToTheOwner() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = dir.resolve("mcpgate-encryption.key");
        Files.writeString(file, KEY_A + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        EncryptionKeys keys = EncryptionKeys.load(config(Map.of()), file);

        assertEquals(EncryptionKey.decode(KEY_A), keys.current(), "an existing file is reused, not replaced");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    @Test
    void loadWhenManyApplicationsStartAtOnceThenTheyAllGetTheSameGeneratedKey() throws Exception {
        Path file = dir.resolve("shared/mcpgate-encryption.key");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<String> load = () -> {
                    start.await();
                    return EncryptionKeys.load(config(Map.of()), file).current().id();
                };
                ids.add(pool.submit(load));
            }
            start.countDown();
            Set<String> distinct = ids.stream().map(EncryptionKeysTest::get).collect(Collectors.toSet());
            assertEquals(1, distinct.size(), "one key for everyone: " + distinct);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loadWhenKeyGeneratedThenWarnsThatProductionMustSetTheKeyWithoutShowingIt() throws Exception {
        Path file = dir.resolve("mcpgate-encryption.key");
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(EncryptionKeys.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            EncryptionKeys.load(config(Map.of()), file);
        } finally {
            logger.removeHandler(handler);
        }
        String key = Files.readString(file).strip();
        assertEquals(1, records.size());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        String line = records.get(0).getMessage();
        assertTrue(line.contains("Production must set MCPGATE_ENCRYPTION_KEY"), line);
        assertTrue(line.contains("openssl rand -base64 32"), line);
        assertTrue(line.contains(file.toAbsolutePath().toString()), line);
        assertFalse(line.contains(key), "the key itself is never logged");
    }

    @Test
    void loadWhenKeyConfiguredThenItSealsAndNoFileIsWritten() {
        Path file = dir.resolve("mcpgate-encryption.key");
        EncryptionKeys keys = EncryptionKeys.load(config(Map.of(EncryptionKeys.CURRENT, KEY_A)), file);

        assertEquals(EncryptionKey.decode(KEY_A), keys.current());
        assertTrue(keys.generatedFile().isEmpty());
        assertFalse(Files.exists(file));
    }

    @Test
    void loadWhenPreviousKeysConfiguredThenTheyAreFoundByIdButNeverCurrent() {
        EncryptionKeys keys = EncryptionKeys.load(config(Map.of(EncryptionKeys.CURRENT, KEY_A,
                EncryptionKeys.PREVIOUS, " " + KEY_B + " , ,")), dir.resolve("k"));

        EncryptionKey previous = EncryptionKey.decode(KEY_B);
        assertEquals(EncryptionKey.decode(KEY_A), keys.current());
        assertEquals(Optional.of(previous), keys.byId(previous.id()));
        assertTrue(keys.byId("00000000").isEmpty());
    }

    @Test
    void loadWhenKeyIsNotBase64ThenTheProblemNamesTheKeyAndHowToMakeOneWithoutEchoingIt() {
        String typo = "not*base64*at*all";
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> EncryptionKeys.load(
                config(Map.of(EncryptionKeys.CURRENT, typo)), dir.resolve("k")));

        assertEquals(1, e.problems().size());
        String problem = e.problems().get(0);
        assertTrue(problem.startsWith("MCPGATE_ENCRYPTION_KEY is not valid base64"), problem);
        assertTrue(problem.contains("openssl rand -base64 32"), problem);
        assertFalse(e.getMessage().contains(typo));
        assertFalse(Files.exists(dir.resolve("k")), "no key is generated beside a broken configured one");
    }

    @Test
    void loadWhenKeysHaveTheWrongLengthThenEveryProblemIsReportedAtOnce() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> EncryptionKeys.load(
                config(Map.of(EncryptionKeys.CURRENT, base64(16, 3), EncryptionKeys.PREVIOUS,
                        KEY_B + "," + base64(24, 4))), dir.resolve("k")));

        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).contains("MCPGATE_ENCRYPTION_KEY decodes to 16 bytes"), e.getMessage());
        assertTrue(e.problems().get(1).contains("MCPGATE_ENCRYPTION_KEYS_PREVIOUS (entry 2) decodes to 24 bytes"),
                e.getMessage());
    }

    @Test
    void loadWhenGeneratedKeyFileIsDamagedThenTheProblemNamesTheFile() throws Exception {
        Path file = dir.resolve("mcpgate-encryption.key");
        Files.writeString(file, "garbage");

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> EncryptionKeys.load(config(Map.of()), file));

        assertTrue(e.getMessage().contains(file.toAbsolutePath() + " is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("MCPGATE_ENCRYPTION_KEY is not set"), e.getMessage());
    }

    @Test
    void keyIdIsTheFirstEightHexDigitsOfTheKeysHashAndToStringHidesTheKey() {
        EncryptionKey key = EncryptionKey.generate(new SecureRandom());

        assertTrue(key.id().matches("[0-9a-f]{8}"), key.id());
        assertEquals("EncryptionKey[id=" + key.id() + ", ********]", key.toString());
    }

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    private static String base64(int length, int seed) {
        byte[] raw = new byte[length];
        for (int i = 0; i < length; i++) {
            raw[i] = (byte) (seed * 31 + i);
        }
        return new String(Base64.getEncoder().encode(raw), StandardCharsets.US_ASCII);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

package org.mcpgate.atlassian.grant;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.mcpgate.config.ConfigurationException;

/**
 * The keys that seal tokens at rest: the current key seals and opens, previous keys (kept while rotating) only
 * open. Without a configured key the server generates one into its output directory, which is fine for a trial
 * and wrong for production: a cluster needs one shared key, and a lost file makes every stored token unreadable.
 */
public final class EncryptionKeys {

    public static final String CURRENT = "MCPGATE_ENCRYPTION_KEY";
    public static final String PREVIOUS = "MCPGATE_ENCRYPTION_KEYS_PREVIOUS";
    static final String HOW_TO_MAKE = "make one with: openssl rand -base64 32";
    static final String KEY_FILE = "mcpgate-encryption.key";

    private static final Logger LOG = Logger.getLogger(EncryptionKeys.class.getName());

    private final EncryptionKey current;
    private final Map<String, EncryptionKey> byId = new LinkedHashMap<>();
    private final Optional<Path> generatedFile;

    private EncryptionKeys(EncryptionKey current, List<EncryptionKey> previous, Optional<Path> generatedFile) {
        this.current = Objects.requireNonNull(current, "current");
        this.generatedFile = generatedFile;
        byId.put(current.id(), current);
        previous.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    public static EncryptionKeys of(EncryptionKey current, List<EncryptionKey> previous) {
        return new EncryptionKeys(current, previous, Optional.empty());
    }

    /**
     * Reads the keys from configuration ({@link #CURRENT}, {@link #PREVIOUS}), generating or reusing the key in
     * {@code keyFile} when no current key is set. Every problem is collected into one {@link ConfigurationException}.
     */
    public static EncryptionKeys load(Function<String, Optional<String>> config, Path keyFile) {
        Function<String, Optional<String>> lookup = key -> config.apply(key).map(String::strip)
                .filter(v -> !v.isEmpty());
        List<String> problems = new ArrayList<>();
        Optional<EncryptionKey> configured = lookup.apply(CURRENT).flatMap(v -> decode(CURRENT, v, problems));
        List<EncryptionKey> previous = new ArrayList<>();
        List<String> entries = lookup.apply(PREVIOUS).map(v -> List.of(v.split(","))).orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            if (!entry.isEmpty()) {
                decode(PREVIOUS + " (entry " + (i + 1) + ")", entry, problems).ifPresent(previous::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        if (configured.isPresent()) {
            return new EncryptionKeys(configured.get(), previous, Optional.empty());
        }
        return new EncryptionKeys(generated(keyFile), previous, Optional.of(keyFile.toAbsolutePath()));
    }

    /**
     * Where a server keeps its generated key: beside Liberty's own generated keystore under
     * {@code ${server.output.dir}/resources/security}, or in the temporary directory on other servers.
     */
    public static Path defaultKeyFile() {
        String output = System.getProperty("server.output.dir");
        return output != null ? Path.of(output, "resources", "security", KEY_FILE)
                : Path.of(System.getProperty("java.io.tmpdir"), "mcpgate", KEY_FILE);
    }

    /** The key that seals new values. */
    public EncryptionKey current() {
        return current;
    }

    /** The key with this id, current or previous. */
    public Optional<EncryptionKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The file the current key was generated into, when no key was configured. */
    public Optional<Path> generatedFile() {
        return generatedFile;
    }

    private static Optional<EncryptionKey> decode(String name, String value, List<String> problems) {
        try {
            return Optional.of(EncryptionKey.decode(value));
        } catch (IllegalArgumentException e) {
            problems.add(name + " " + e.getMessage() + ": it must be the base64 of 32 random bytes (AES-256); "
                    + HOW_TO_MAKE);
            return Optional.empty();
        }
    }

    private static EncryptionKey generated(Path keyFile) {
        GeneratedKeyFile file = new GeneratedKeyFile(keyFile);
        EncryptionKey key;
        try {
            key = file.readOrCreate(new SecureRandom());
        } catch (UncheckedIOException e) {
            throw new ConfigurationException(List.of(CURRENT + " is not set and " + e.getMessage() + " ("
                    + e.getCause().getMessage() + "); set " + CURRENT + " (" + HOW_TO_MAKE + ")"));
        } catch (IllegalStateException e) {
            throw new ConfigurationException(List.of(CURRENT + " is not set and " + e.getMessage()));
        }
        LOG.warning(() -> CURRENT + " is not set: OAuth tokens are sealed with key " + key.id()
                + (file.created() ? ", generated into " : ", generated on an earlier start into ") + file.path()
                + ". Production must set " + CURRENT + " (" + HOW_TO_MAKE
                + "; or the content of that file, to keep the tokens it sealed), the same on every node, and keep"
                + " a copy of it: tokens sealed with a lost key cannot be read.");
        return key;
    }
}

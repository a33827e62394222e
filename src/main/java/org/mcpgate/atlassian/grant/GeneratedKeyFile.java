package org.mcpgate.atlassian.grant;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The key a server generates for itself when none is configured: written once, readable by its owner only where
 * the file system has POSIX permissions, and read again on every later start so sealed tokens stay readable.
 */
final class GeneratedKeyFile {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private boolean created;

    GeneratedKeyFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    Path path() {
        return file;
    }

    /** Whether {@link #readOrCreate} wrote the file (rather than found it from an earlier start). */
    boolean created() {
        return created;
    }

    /** The key in the file, after writing a new one if there was none. */
    EncryptionKey readOrCreate(SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                create(EncryptionKey.generate(random));
            }
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException("mcpgate cannot read or write the generated key file " + file, e);
        }
    }

    /**
     * Writes the whole key to a private temporary file, then links it into place: the link fails if the file
     * appeared meanwhile (another application on this server, another node sharing the directory), and then that
     * file is the key for everyone. Nobody ever reads a half-written key.
     */
    private void create(EncryptionKey key) throws IOException {
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(dir, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                OWNER_ONLY_DIR)} : new FileAttribute<?>[0]);
        Path temp = posix
                ? Files.createTempFile(dir, ".mcpgate-key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".mcpgate-key-", ".tmp");
        try {
            if (!posix) {
                ownerOnlyWithoutPosix(temp);
            }
            Files.writeString(temp, key.encoded() + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temp);
                created = true;
            } catch (FileAlreadyExistsException lostTheRace) {
                // the other writer's key is complete and is the one to use
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                moveUnlessPresent(temp);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void moveUnlessPresent(Path temp) throws IOException {
        try {
            Files.move(temp, file);
            created = true;
        } catch (FileAlreadyExistsException lostTheRace) {
            // as above
        }
    }

    private EncryptionKey read() throws IOException {
        tightenPermissions();
        try {
            return EncryptionKey.decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the generated key file " + file + " is damaged (it " + e.getMessage()
                    + "). Restore it from a backup, or delete it and connect to Jira again on the admin page (/admin):"
                    + " tokens sealed with the lost key cannot be read", e);
        }
    }

    /** A file an administrator copied in with broader permissions is narrowed to its owner again. */
    private void tightenPermissions() throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")
                && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** Best effort where only "owner" and "everyone" can be told apart; Windows ACLs stay as inherited. */
    private static void ownerOnlyWithoutPosix(Path path) {
        File f = path.toFile();
        f.setReadable(false, false);
        f.setReadable(true, true);
        f.setWritable(false, false);
        f.setWritable(true, true);
    }
}

package org.wardstat.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The passwords of the embedded server, generated at its first start and kept beside its data
 * folder in a file only its owner may read: the superuser's (for setting the server up) and
 * the {@code wardstat} role's (for everything else). Anyone who can read the file can read the
 * data folder too, so it protects exactly what the folder's permissions protect.
 */
record EmbeddedCredentials(String superuserPassword, String wardstatPassword) {

    static final String SUPERUSER = "postgres";
    static final String ROLE = "wardstat";
    static final String DATABASE = "wardstat";

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    static boolean exist(Path file) {
        return Files.isRegularFile(file);
    }

    static EmbeddedCredentials read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String superuser = properties.getProperty("superuser.password", "");
        String wardstat = properties.getProperty("wardstat.password", "");
        if (superuser.isBlank() || wardstat.isBlank()) {
            throw new ExplainedFailure("db.credentials-broken", file);
        }
        return new EmbeddedCredentials(superuser, wardstat);
    }

    /** New passwords, written to the file (readable by its owner only) before anything uses them. */
    static EmbeddedCredentials create(Path file) {
        EmbeddedCredentials credentials = new EmbeddedCredentials(generate(), generate());
        Properties properties = new Properties();
        properties.setProperty("superuser.password", credentials.superuserPassword);
        properties.setProperty("wardstat.password", credentials.wardstatPassword);
        try {
            Path temporary = ownerOnlyFile(file.resolveSibling(file.getFileName() + ".new"));
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Passwords of the embedded PostgreSQL (roles " + SUPERUSER + " and " + ROLE
                        + "). Keep this file with the data folder; without it the database cannot be opened.");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return credentials;
    }

    /** The superuser's password alone, in a file for initdb's --pwfile. */
    Path superuserPasswordFile(Path folder) {
        try {
            Path file = ownerOnlyFile(Files.createTempFile(folder, "initdb-", ".pw"));
            Files.writeString(file, superuserPassword + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) { // not a POSIX file system
            return Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is writing " + file, e);
        }
    }

    /** 24 characters from 57 letters and digits (about 140 bits), none that needs quoting. */
    private static String generate() {
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[***]";
    }
}

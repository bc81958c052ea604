package org.broadsheet.people.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.broadsheet.base.BroadsheetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the key that seals secrets at rest comes from: {@code broadsheet.secrets-key} (Base64 of
 * 32 bytes; every node of a site needs the same one), or else the file {@code secrets.key} in the
 * data directory, created readable by its owner only. An in-memory database gets a key that lives
 * as long as it does.
 */
@Configuration(proxyBeanMethods = false)
class SecretsKey {

    static final String FILE_NAME = "secrets.key";
    private static final Logger log = LoggerFactory.getLogger(SecretsKey.class);
    private static final int KEY_BYTES = 32;

    @Bean
    SecretBox secretBox(BroadsheetProperties properties, Environment environment) {
        return new SecretBox(key(properties, environment));
    }

    static SecretKey key(BroadsheetProperties properties, Environment environment) {
        String configured =
                environment.getProperty("broadsheet.secrets-key", "").strip();
        if (!configured.isEmpty()) {
            return decode(configured, "broadsheet.secrets-key");
        }
        if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:mem:")) {
            return random();
        }
        return fromFile(properties.dataDir().toAbsolutePath().normalize().resolve(FILE_NAME));
    }

    static SecretKey fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            SecretKey key = random();
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    Base64.getEncoder().encodeToString(key.getEncoded()),
                    StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
            }
            log.warn(
                    "Created {}: it unlocks the two-step login secrets in the database. Back it up with the "
                            + "database; give every node of a site the same key (BROADSHEET_SECRETS_KEY).",
                    file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secrets key " + file, e);
        }
    }

    private static SecretKey decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not Base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(where + " must hold " + KEY_BYTES + " bytes (Base64), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static SecretKey random() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }
}

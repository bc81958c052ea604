package org.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The jar `./mvnw package` built, for the integration tests that run Broadsheet as it ships. */
public final class PackagedJar {

    private PackagedJar() {}

    public static Path path() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("broadsheet-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/broadsheet-*.jar: run after `package`"))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

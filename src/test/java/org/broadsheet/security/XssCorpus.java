package org.broadsheet.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The payloads in {@code security/xss-vectors.txt}. */
public final class XssCorpus {

    private XssCorpus() {}

    public static List<String> vectors() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/security/xss-vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

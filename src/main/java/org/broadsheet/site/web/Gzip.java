package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;

/**
 * Public pages gzipped here rather than by the server, at the level their use calls for: the
 * smallest output for a cached page, compressed once ({@link CachedPage#gzipped}) and sent many
 * times; the fastest for a render that goes out once (as nginx does by default), where the
 * server's own level cost a sixth of a render's CPU for a few percent fewer bytes.
 */
final class Gzip {

    private Gzip() {}

    /** For bytes kept and sent again and again. */
    static byte[] smallest(byte[] bytes) {
        return compress(bytes, Deflater.BEST_COMPRESSION);
    }

    /** For bytes sent once. */
    static byte[] fastest(byte[] bytes) {
        return compress(bytes, Deflater.BEST_SPEED);
    }

    /** {@code gzip} among the encodings asked for, unless with {@code q=0}. */
    static boolean acceptedBy(HttpServletRequest request) {
        Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (values.hasMoreElements()) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.split(";");
                if (parts[0].strip().equalsIgnoreCase("gzip")) {
                    return parts.length == 1
                            || !parts[1].strip().toLowerCase(Locale.ROOT).matches("q\\s*=\\s*0(\\.0*)?");
                }
            }
        }
        return false;
    }

    private static byte[] compress(byte[] bytes, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

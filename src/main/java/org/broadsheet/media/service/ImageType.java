package org.broadsheet.media.service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The picture formats Broadsheet accepts, recognised by the first bytes of the file itself:
 * a file's name and the browser's claim about its type are never believed.
 */
public enum ImageType {
    JPEG("image/jpeg", "jpg", "JPEG"),
    PNG("image/png", "png", "PNG"),
    GIF("image/gif", "gif", "GIF"),
    WEBP("image/webp", "webp", "WebP");

    private final String contentType;
    private final String extension;
    private final String label;

    ImageType(String contentType, String extension, String label) {
        this.contentType = contentType;
        this.extension = extension;
        this.label = label;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** The format of one of Broadsheet's own stored files, by the extension it gave the name. */
    public static ImageType ofStoredName(String name) {
        return Arrays.stream(values())
                .filter(type -> name.endsWith("." + type.extension))
                .findFirst()
                .orElse(JPEG);
    }

    /** The format whose signature the file starts with, if any. */
    public static Optional<ImageType> of(byte[] file) {
        if (startsWith(file, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(file, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(file, 0, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (startsWith(file, 0, 'R', 'I', 'F', 'F') && startsWith(file, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Whether the file looks like SVG: XML text with an {@code <svg} element near its start. */
    public static boolean looksLikeSvg(byte[] file) {
        String start = new String(Arrays.copyOf(file, Math.min(file.length, 1024)), StandardCharsets.UTF_8)
                .stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        return (start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!doctype svg"))
                && start.contains("<svg");
    }

    private static boolean startsWith(byte[] file, int offset, int... signature) {
        if (file.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((file[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

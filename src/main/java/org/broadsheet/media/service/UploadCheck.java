package org.broadsheet.media.service;

import org.broadsheet.base.DomainException;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload is before anything about it is stored or decoded: not empty, not too
 * large, a format Broadsheet accepts (from the file's own bytes), and not too many pixels (from
 * the header alone). Each refusal says what was wrong in words the uploader can act on.
 */
@Component
class UploadCheck {

    static final String FIELD = "file";

    private final MediaLimits limits;

    UploadCheck(MediaLimits limits) {
        this.limits = limits;
    }

    /** What the file is; refuses it with the reason otherwise. */
    CheckedUpload check(byte[] file) {
        if (file.length == 0) {
            throw refused("The file is empty.");
        }
        if (file.length > limits.maxUploadSize().toBytes()) {
            throw refused(String.format(
                    "The file is %.1f MB; files up to %d MB are accepted.",
                    file.length / 1024.0 / 1024.0, limits.maxUploadSize().toMegabytes()));
        }
        if (ImageType.looksLikeSvg(file)) {
            throw refused("SVG pictures are not accepted: an SVG file can carry scripts that would run in"
                    + " readers' browsers. Export it as PNG and upload that.");
        }
        ImageType type = ImageType.of(file)
                .orElseThrow(
                        () -> refused("This file is not a picture Broadsheet accepts (" + limits.summary() + ")."));
        long[] size = headerSize(type, file);
        long pixels = size[0] * size[1];
        if (pixels > limits.maxPixels()) {
            throw refused(String.format(
                    "The picture is %d × %d pixels (%.0f megapixels); pictures up to %d megapixels are accepted.",
                    size[0], size[1], pixels / 1e6, Math.round(limits.maxPixels() / 1e6)));
        }
        return new CheckedUpload(type, (int) size[0], (int) size[1]);
    }

    /** Width and height from the header, without decoding a pixel. */
    private static long[] headerSize(ImageType type, byte[] file) {
        return ImageReading.read(file, type, reader -> {
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw damaged(type);
            }
            return new long[] {width, height};
        });
    }

    static DomainException damaged(ImageType type) {
        return refused("The file is damaged or incomplete: it starts like a " + type.label()
                + " picture but cannot be read as one. Export it again and upload the new file.");
    }

    static DomainException refused(String message) {
        return new DomainException.ValidationFailed(FIELD, message);
    }

    /** An upload that passed: its format and size as the header gives them. */
    record CheckedUpload(ImageType type, int width, int height) {}
}

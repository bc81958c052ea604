package org.broadsheet.media.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an upload may be ({@code broadsheet.media.*}), shown next to the upload.
 *
 * @param maxUploadSize the largest file accepted
 * @param maxPixels     the most pixels (width × height) a picture may have, read from its header
 *                      before anything is decoded: a small file that would unpack to gigabytes
 *                      never reaches memory
 */
@ConfigurationProperties("broadsheet.media")
public record MediaLimits(
        @DefaultValue("25MB") DataSize maxUploadSize,
        @DefaultValue("50000000") long maxPixels) {

    /** How the limits read to a person: "JPEG, PNG, WebP or GIF, up to 25 MB and 50 megapixels". */
    public String summary() {
        return "JPEG, PNG, WebP or GIF, up to " + maxUploadSize.toMegabytes() + " MB and "
                + Math.round(maxPixels / 1_000_000.0) + " megapixels";
    }
}

package org.broadsheet.media.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.broadsheet.base.DomainException;

/**
 * Reads a file with the ImageIO reader of its type, for the header check and for decoding alike:
 * whatever goes wrong inside the reader is the uploader's "damaged or incomplete" refusal.
 */
final class ImageReading {

    /** What to read through the reader, once it holds the file. */
    interface Read<T> {
        T from(ImageReader reader) throws IOException;
    }

    private ImageReading() {}

    static <T> T read(byte[] file, ImageType type, Read<T> read) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
            if (input == null || !readers.hasNext()) {
                throw UploadCheck.damaged(type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return read.from(reader);
            } finally {
                reader.dispose();
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UploadCheck.damaged(type);
        }
    }
}

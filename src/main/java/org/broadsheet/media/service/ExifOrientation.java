package org.broadsheet.media.service;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Cameras store a photo as the sensor saw it and note how to turn it (EXIF orientation 1–8).
 * Variants are stripped of that note, so the turn is applied to the pixels first.
 */
final class ExifOrientation {

    private ExifOrientation() {}

    /** The orientation the file declares, 1 (as stored) when it declares none. */
    static int of(byte[] file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file));
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            // metadata a reader cannot parse changes nothing about the pixels
        }
        return 1;
    }

    /** The picture turned and mirrored as the orientation says, upright; {@code image} is of a standard type. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swapped = orientation >= 5;
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 2 -> turn.scale(-1, 1);
            case 3 -> turn.rotate(Math.PI);
            case 4 -> turn.scale(1, -1);
            case 5 -> {
                turn.rotate(-Math.PI / 2);
                turn.scale(-1, 1);
            }
            case 6 -> turn.rotate(Math.PI / 2);
            case 7 -> {
                turn.rotate(Math.PI / 2);
                turn.scale(-1, 1);
            }
            case 8 -> turn.rotate(-Math.PI / 2);
            default -> {
                return image;
            }
        }
        BufferedImage upright = new BufferedImage(swapped ? h : w, swapped ? w : h, image.getType());
        AffineTransform place =
                AffineTransform.getTranslateInstance(upright.getWidth() / 2.0, upright.getHeight() / 2.0);
        place.concatenate(turn);
        place.translate(-w / 2.0, -h / 2.0);
        Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(image, place, null);
        } finally {
            g.dispose();
        }
        return upright;
    }
}

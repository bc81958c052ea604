package org.broadsheet.media.service;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Makes, once per file and focal point, everything readers fetch: the picture turned upright,
 * in sRGB, at each of {@link MediaVariants#widthsFor its widths} as WebP and as JPEG (PNG when it
 * has transparency), and a social card cropped around the focal point. The files are encoded from
 * pixels only, so no metadata of the upload (a camera's GPS position among it) reaches a reader.
 */
@Component
class Renditions {

    static final float WEBP_QUALITY = 0.8f;
    static final float JPEG_QUALITY = 0.82f;

    /** A large picture decodes to hundreds of megabytes: two at a time on any machine. */
    private final Semaphore decoding = new Semaphore(2);

    /** The upright picture's size and the files made from it. */
    record Rendered(int width, int height, boolean hasAlpha, List<MediaFile> files) {}

    /** One file readers fetch: its name within the picture's folder and its bytes. */
    record MediaFile(String name, String contentType, byte[] bytes) {}

    Rendered render(byte[] file, ImageType type, String key, float focalX, float focalY) {
        decoding.acquireUninterruptibly();
        try {
            BufferedImage upright = ExifOrientation.apply(standard(decode(file, type)), ExifOrientation.of(file));
            boolean alpha = upright.getColorModel().hasAlpha();
            List<MediaFile> files = new ArrayList<>();
            // widest first, each scaled from the one before: a small step from a near size is as
            // sharp as a big one from the original and costs a fraction of it
            List<Integer> widths = MediaVariants.widthsFor(upright.getWidth()).reversed();
            BufferedImage source = upright;
            for (int width : widths) {
                BufferedImage scaled = width == source.getWidth() ? source : scale(source, width);
                files.add(new MediaFile(MediaVariants.name(key, width, "webp"), "image/webp", webp(scaled)));
                files.add(
                        alpha
                                ? new MediaFile(MediaVariants.name(key, width, "png"), "image/png", png(scaled))
                                : new MediaFile(MediaVariants.name(key, width, "jpg"), "image/jpeg", jpeg(scaled)));
                source = scaled;
            }
            files.sort(java.util.Comparator.comparingInt(f -> order(f.name())));
            files.add(new MediaFile(
                    MediaVariants.socialName(key), "image/jpeg", jpeg(opaque(socialCard(upright, focalX, focalY)))));
            return new Rendered(upright.getWidth(), upright.getHeight(), alpha, files);
        } finally {
            decoding.release();
        }
    }

    /** Files listed from the narrowest width up, each WebP before its fallback, the social card last. */
    private static int order(String name) {
        String rest = name.substring(name.indexOf('-') + 1);
        int dot = rest.indexOf('.');
        int width = Integer.parseInt(rest.substring(0, dot));
        return width * 2 + (rest.endsWith(".webp") ? 0 : 1);
    }

    private static BufferedImage decode(byte[] file, ImageType type) {
        return ImageReading.read(file, type, reader -> reader.read(0));
    }

    /**
     * The pixels in sRGB, in a layout every step below reads: kept as decoded when they already are
     * (a 24-megapixel JPEG decodes to 72 MB; a copy would be 96 MB more), converted otherwise.
     */
    private static BufferedImage standard(BufferedImage image) {
        boolean srgb = image.getColorModel().getColorSpace().isCS_sRGB();
        if (srgb && STANDARD_TYPES.contains(image.getType())) {
            return image;
        }
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage standard = new BufferedImage(
                image.getWidth(), image.getHeight(), alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (!srgb) {
            new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(image, standard);
            return standard;
        }
        Graphics2D g = standard.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return standard;
    }

    private static final java.util.Set<Integer> STANDARD_TYPES = java.util.Set.of(
            BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_INT_ARGB,
            BufferedImage.TYPE_3BYTE_BGR,
            BufferedImage.TYPE_4BYTE_ABGR);

    private static BufferedImage scale(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest 1200:630 frame that fits, placed so the focal point is as central as the edges allow. */
    static BufferedImage socialCard(BufferedImage image, float focalX, float focalY) {
        int w = image.getWidth();
        int h = image.getHeight();
        java.awt.Dimension crop = MediaVariants.socialSize(w, h);
        java.awt.Dimension card = MediaVariants.socialCardSize(w, h);
        int cropW = crop.width;
        int cropH = crop.height;
        int x = clamp(Math.round(focalX * w - cropW / 2f), w - cropW);
        int y = clamp(Math.round(focalY * h - cropH / 2f), h - cropH);
        try {
            return Thumbnails.of(image)
                    .sourceRegion(x, y, cropW, cropH)
                    .forceSize(card.width, card.height)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    /** Transparency flattened onto white, for JPEG. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return opaque;
    }

    private static byte[] webp(BufferedImage image) {
        return encode(image, "webp", param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[0]); // lossy
            param.setCompressionQuality(WEBP_QUALITY);
        });
    }

    private static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg", param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        });
    }

    private static byte[] png(BufferedImage image) {
        return encode(image, "png", param -> {});
    }

    private static byte[] encode(
            BufferedImage image, String format, java.util.function.Consumer<ImageWriteParam> tune) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("No " + format + " encoder on the classpath");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            tune.accept(param);
            // pixels only: no metadata object is handed to the writer
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

package org.broadsheet.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures the tests make themselves: plain ones, a camera-like JPEG with EXIF, and broken or hostile files. */
public final class TestPictures {

    private TestPictures() {}

    /** Left half blue, right half red, so a crop or a turn shows in the pixels. */
    public static BufferedImage halves(int width, int height, boolean alpha) {
        BufferedImage image =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(alpha ? new Color(255, 0, 0, 128) : Color.RED);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(halves(width, height, false), "jpeg");
    }

    public static byte[] png(int width, int height, boolean alpha) {
        return encode(halves(width, height, alpha), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(halves(width, height, false), "gif");
    }

    /**
     * A JPEG as a phone writes it: an EXIF block right after the start marker saying how to turn
     * the picture (orientation 1–8) and where it was taken (GPS latitude 51° 30' N).
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] exif = exifSegment(orientation);
        byte[] out = new byte[plain.length + exif.length];
        System.arraycopy(plain, 0, out, 0, 2); // SOI
        System.arraycopy(exif, 0, out, 2, exif.length);
        System.arraycopy(plain, 2, out, 2 + exif.length, plain.length - 2);
        return out;
    }

    /** A PNG that is only a header claiming this size: what a decompression bomb looks like before decoding. */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        ByteBuffer file = ByteBuffer.allocate(8 + 12 + 13);
        file.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        file.putInt(13);
        byte[] typeAndData = new byte[17];
        System.arraycopy("IHDR".getBytes(StandardCharsets.US_ASCII), 0, typeAndData, 0, 4);
        System.arraycopy(ihdr.array(), 0, typeAndData, 4, 13);
        file.put(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        file.putInt((int) crc.getValue());
        return file.array();
    }

    private static byte[] exifSegment(int orientation) {
        // TIFF, little-endian: IFD0 at 8 with two entries (orientation, GPS IFD pointer), GPS IFD after it
        ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put(new byte[] {'I', 'I', 42, 0}).putInt(8);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        int rationals = gpsIfd + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationals);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        int length = tiff.position();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + length));
        segment.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        segment.put(tiff.array(), 0, length);
        return segment.array();
    }

    /**
     * A print-shop JPEG as Photoshop saves one: four CMYK channels stored inverted, marked by an
     * Adobe segment. The ink is given from 0 (none) to 255 (full).
     */
    public static byte[] cmykJpeg(int width, int height, int cyan, int magenta, int yellow, int black) {
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] ink = {255 - cyan, 255 - magenta, 255 - yellow, 255 - black};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, ink);
            }
        }
        javax.imageio.ImageWriter writer =
                ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(raster, null, null), null);
            out.flush();
            byte[] plain = bytes.toByteArray();
            // APP14 "Adobe", version 100, no flags, transform 0: the channels are CMYK as stored
            byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
            ByteArrayOutputStream marked = new ByteArrayOutputStream();
            marked.write(plain, 0, 2);
            marked.write(adobe);
            marked.write(plain, 2, plain.length - 2);
            return marked.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No " + format + " writer");
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

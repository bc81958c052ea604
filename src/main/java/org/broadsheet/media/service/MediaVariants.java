package org.broadsheet.media.service;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The files readers may fetch for a picture, and their names: {@code {key}-{width}.webp} with a
 * {@code .jpg} (or {@code .png}) twin at each width, and {@code {key}-social.jpg}. The key changes
 * whenever the pixels would, so a name's content never does and browsers may keep it a year.
 */
public final class MediaVariants {

    /** Widths a layout may ask for; a picture gets those up to its own width, never enlarged. */
    public static final List<Integer> WIDTHS = List.of(320, 480, 640, 960, 1280, 1920);

    public static final int SOCIAL_WIDTH = 1200;
    public static final int SOCIAL_HEIGHT = 630;

    /** What a requested file name must look like before anything is looked up. */
    static final Pattern NAME = Pattern.compile("[0-9a-f]{16}-(?:\\d{1,4}\\.(?:webp|jpg|png)|social\\.jpg)");

    private MediaVariants() {}

    /** The widths made for a picture this wide: the standard ones it reaches, or its own if it is smaller. */
    public static List<Integer> widthsFor(int width) {
        List<Integer> widths = WIDTHS.stream().filter(w -> w <= width).toList();
        return widths.isEmpty() ? List.of(width) : widths;
    }

    /** The social card's frame for a picture this size: the largest 1200:630 crop that fits, at most 1200 × 630. */
    public static java.awt.Dimension socialSize(int width, int height) {
        double ratio = (double) SOCIAL_WIDTH / SOCIAL_HEIGHT;
        int cropW = (int) Math.min(width, Math.round(height * ratio));
        int cropH = (int) Math.min(height, Math.round(cropW / ratio));
        return new java.awt.Dimension(cropW, cropH);
    }

    /** The size the social card is stored at. */
    public static java.awt.Dimension socialCardSize(int width, int height) {
        java.awt.Dimension crop = socialSize(width, height);
        return new java.awt.Dimension(Math.min(SOCIAL_WIDTH, crop.width), Math.min(SOCIAL_HEIGHT, crop.height));
    }

    static String name(String key, int width, String extension) {
        return key + "-" + width + "." + extension;
    }

    static String socialName(String key) {
        return key + "-social.jpg";
    }
}

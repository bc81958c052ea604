package org.broadsheet.content.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.springframework.stereotype.Component;

/**
 * Pictures for the demo articles, drawn here rather than taken from anyone: layered hills under a
 * sky whose light depends on the article, put into the library like any upload (so a newcomer
 * sees variants, srcset and the library at work) and described for readers who cannot see them.
 */
@Component
class DemoPictures {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    private record Light(String name, Color top, Color bottom, Color sun, List<Color> hills) {}

    private static final List<Light> LIGHTS = List.of(
            new Light(
                    "dawn",
                    new Color(0xF6B7A0),
                    new Color(0xFDE6C8),
                    new Color(0xFFF4D6),
                    List.of(new Color(0x8C6A8E), new Color(0x5E4B73), new Color(0x33294A))),
            new Light(
                    "midday",
                    new Color(0x6FB6E8),
                    new Color(0xCDE8F7),
                    new Color(0xFFFBE8),
                    List.of(new Color(0x8DB580), new Color(0x5B8C5A), new Color(0x2F5D3A))),
            new Light(
                    "dusk",
                    new Color(0x3B3A6B),
                    new Color(0xF28C5B),
                    new Color(0xFFD27A),
                    List.of(new Color(0x7A4A5C), new Color(0x4C2F45), new Color(0x23182A))),
            new Light(
                    "night",
                    new Color(0x0D1B3D),
                    new Color(0x2C4A7A),
                    new Color(0xE8ECF4),
                    List.of(new Color(0x31456B), new Color(0x1F2E4D), new Color(0x0F1830))));

    private final MediaService media;

    DemoPictures(MediaService media) {
        this.media = media;
    }

    /** A new library picture for the article, described, ready to be its featured picture. */
    FeaturedImage forArticle(String slug) {
        return forArticle(slug, "Illustration: layered hills under a %s sky");
    }

    private FeaturedImage forArticle(String slug, String describedAs) {
        Random random = new Random(slug.hashCode());
        Light light = LIGHTS.get(random.nextInt(LIGHTS.size()));
        MediaView uploaded = media.upload(slug + ".png", png(draw(light, random)));
        String description = describedAs.formatted(light.name());
        MediaView described = media.describe(
                uploaded.id(), new MediaDetails(description, false, null, "Broadsheet illustration", 0.5f, 0.45f));
        return FeaturedImage.of(described);
    }

    /** A second picture of the article's story, as the body's figure with caption and credit. */
    String bodyFigure(String slug) {
        FeaturedImage picture = forArticle(slug + "-in-text", "Illustration: hills by the valley road under a %s sky");
        return "<figure class=\"image\"><img src=\"" + picture.url() + "\" alt=\"" + picture.alt()
                + "\"><figcaption>The view from the valley road. <span class=\"credit\">Broadsheet illustration</span>"
                + "</figcaption></figure>";
    }

    private static BufferedImage draw(Light light, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, light.top(), 0, HEIGHT * 0.7f, light.bottom()));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int sun = 90 + random.nextInt(60);
            g.setColor(light.sun());
            g.fillOval(200 + random.nextInt(WIDTH - 400), 120 + random.nextInt(180), sun, sun);
            for (int layer = 0; layer < light.hills().size(); layer++) {
                g.setColor(light.hills().get(layer));
                g.fill(ridge(random, HEIGHT * (0.45 + 0.15 * layer), 140 - 30 * layer));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A ridge line across the picture, filled to the bottom: midpoints displaced, smaller each round. */
    private static Path2D ridge(Random random, double base, double roughness) {
        int points = 65;
        double[] heights = new double[points];
        heights[0] = base + (random.nextDouble() - 0.5) * roughness;
        heights[points - 1] = base + (random.nextDouble() - 0.5) * roughness;
        for (int step = points - 1, scale = 1; step > 1; step /= 2, scale *= 2) {
            for (int i = step / 2; i < points; i += step) {
                heights[i] = (heights[i - step / 2] + heights[Math.min(points - 1, i + step / 2)]) / 2
                        + (random.nextDouble() - 0.5) * roughness * 2 / scale;
            }
        }
        Path2D path = new Path2D.Double();
        path.moveTo(0, HEIGHT);
        for (int i = 0; i < points; i++) {
            path.lineTo(i * (double) WIDTH / (points - 1), heights[i]);
        }
        path.lineTo(WIDTH, HEIGHT);
        path.closePath();
        return path;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

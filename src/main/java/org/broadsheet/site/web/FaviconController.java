package org.broadsheet.site.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.site.service.SiteSettingsService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The site's icon: the picture chosen in the settings, or else one drawn from its name: the first letter, white on the site's blue. Every browser
 * asks for {@code /favicon.ico} whatever a page says, so it is answered rather than rendering the
 * 404 page each time; pages point at the SVG, sharp at any size.
 */
@RestController
class FaviconController {

    static final String SVG = "/favicon.svg";
    static final String ICO = "/favicon.ico";
    private static final Color BLUE = new Color(0x0b5ecc);
    private static final CacheControl A_DAY =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final SiteSettingsService settings;
    private volatile Drawn drawn = new Drawn("", new byte[0], "");

    private record Drawn(String letter, byte[] png, String etag) {}

    FaviconController(SiteSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping(SVG)
    ResponseEntity<String> svg(WebRequest request) {
        MediaView chosen = settings.identity().icon();
        if (chosen != null) {
            return toChosen(chosen);
        }
        String letter = letter();
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
                + "<rect width=\"32\" height=\"32\" rx=\"6\" fill=\"#0b5ecc\"/>"
                + "<text x=\"16\" y=\"23\" font-family=\"Georgia,serif\" font-size=\"22\" font-weight=\"bold\""
                + " text-anchor=\"middle\" fill=\"#fff\">" + escaped(letter) + "</text></svg>";
        String etag = "\"" + DigestUtils.md5DigestAsHex(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(A_DAY).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(A_DAY)
                .eTag(etag)
                .body(svg);
    }

    /** A PNG, which every browser reads at this address as well as the old icon format. */
    @GetMapping(ICO)
    ResponseEntity<byte[]> ico(WebRequest request) {
        MediaView chosen = settings.identity().icon();
        if (chosen != null) {
            return toChosen(chosen);
        }
        Drawn icon = drawn(letter());
        if (request.checkNotModified(icon.etag())) {
            return ResponseEntity.status(304)
                    .eTag(icon.etag())
                    .cacheControl(A_DAY)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(A_DAY)
                .eTag(icon.etag())
                .body(icon.png());
    }

    /** The icon chosen in the settings, at its smallest width (its address changes with the picture). */
    private static <T> ResponseEntity<T> toChosen(MediaView icon) {
        return ResponseEntity.status(302)
                .location(java.net.URI.create(icon.variants().getFirst().fallback()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .build();
    }

    private String letter() {
        String name = settings.identity().siteName().strip();
        return name.isEmpty()
                ? "B"
                : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase();
    }

    private Drawn drawn(String letter) {
        Drawn icon = drawn;
        if (!icon.letter().equals(letter)) {
            byte[] png = png(letter);
            icon = new Drawn(letter, png, "\"" + DigestUtils.md5DigestAsHex(png) + "\"");
            drawn = icon;
        }
        return icon;
    }

    private static byte[] png(String letter) {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BLUE);
            g.fillRoundRect(0, 0, 32, 32, 12, 12);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SERIF, Font.BOLD, 22));
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(letter, (32 - metrics.stringWidth(letter)) / 2, 23);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

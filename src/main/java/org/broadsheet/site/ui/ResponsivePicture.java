package org.broadsheet.site.ui;

import com.vaadin.flow.dom.Element;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.media.service.MediaView;
import org.jspecify.annotations.Nullable;

/**
 * A library picture as the site serves it wherever it appears: every width it has as WebP with a
 * JPEG or PNG fallback, its size stated so the page does not move as it loads, fetched first when
 * it leads the page and only when scrolled near otherwise.
 */
final class ResponsivePicture {

    /** The width a browser without {@code srcset} gets: enough for the column, never the largest. */
    static final int DEFAULT_WIDTH = 960;

    private ResponsivePicture() {}

    static Element of(MediaView picture, @Nullable String alt, boolean lead, String sizes) {
        return fill(new Element("picture"), picture, alt, lead, sizes);
    }

    /** Puts the picture's sources and image into a {@code <picture>} element. */
    static Element fill(Element target, MediaView picture, @Nullable String alt, boolean lead, String sizes) {
        MediaView.Variant shown = picture.variants().stream()
                .filter(v -> v.width() >= DEFAULT_WIDTH)
                .findFirst()
                .orElse(picture.largest());
        Element img = img(shown.fallback(), alt, lead, sizes)
                .setAttribute("srcset", srcset(picture, MediaView.Variant::fallback))
                .setAttribute("width", Integer.toString(shown.width()))
                .setAttribute("height", Integer.toString(shown.height()));
        Element webp = new Element("source")
                .setAttribute("type", "image/webp")
                .setAttribute("srcset", srcset(picture, MediaView.Variant::webp))
                .setAttribute("sizes", sizes);
        return target.appendChild(webp, img);
    }

    static Element img(String src, @Nullable String alt, boolean lead, String sizes) {
        Element img = new Element("img")
                .setAttribute("src", src)
                .setAttribute("alt", alt == null ? "" : alt)
                .setAttribute("loading", lead ? "eager" : "lazy")
                .setAttribute("decoding", "async")
                .setAttribute("sizes", sizes);
        if (lead) {
            img.setAttribute("fetchpriority", "high");
        }
        return img;
    }

    private static String srcset(MediaView picture, Function<MediaView.Variant, String> url) {
        return picture.variants().stream()
                .map(v -> url.apply(v) + " " + v.width() + "w")
                .collect(Collectors.joining(", "));
    }
}

package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.media.service.MediaView;
import org.jspecify.annotations.Nullable;

/**
 * An article's picture with caption and credit. A picture from the library comes in every width
 * it has, as WebP with a JPEG or PNG fallback, with its size stated so the page does not move as
 * it loads; the lead picture is fetched first, any other only when scrolled near.
 */
@Tag("figure")
public class FeaturedFigure extends Component {

    /** How wide the picture is drawn, so the browser fetches the variant that fills it and no larger. */
    public enum Width {
        /** The story column: 42rem on large screens, the whole width below. */
        STORY("(min-width: 60rem) 42rem, 100vw"),
        /** The lead teaser beside its headline. */
        LEAD("(min-width: 60rem) 36rem, 100vw"),
        /** A teaser in a row of three. */
        CARD("(min-width: 60rem) 19rem, 100vw");

        final String sizes;

        Width(String sizes) {
            this.sizes = sizes;
        }
    }
    /** The width a browser without {@code srcset} gets: enough for the column, never the largest. */
    static final int DEFAULT_WIDTH = 960;

    public FeaturedFigure(FeaturedImage image, @Nullable MediaView picture, boolean lead, Width width) {
        getElement().setAttribute("class", "featured-image");
        String caption = image.caption();
        String credit = image.credit();
        if (picture != null) {
            getElement().appendChild(picture(picture, lead, width.sizes));
            caption = caption != null ? caption : picture.caption();
            credit = credit != null ? credit : picture.credit();
        } else {
            getElement().appendChild(img(image.url() == null ? "" : image.url(), image.alt(), lead, width.sizes));
        }
        if (caption != null || credit != null) {
            Element figcaption = new Element("figcaption");
            if (caption != null) {
                figcaption.appendChild(Element.createText(caption + " "));
            }
            if (credit != null) {
                figcaption.appendChild(
                        new Element("span").setAttribute("class", "credit").setText(credit));
            }
            getElement().appendChild(figcaption);
        }
    }

    private static Element picture(MediaView picture, boolean lead, String sizes) {
        MediaView.Variant shown = picture.variants().stream()
                .filter(v -> v.width() >= DEFAULT_WIDTH)
                .findFirst()
                .orElse(picture.largest());
        Element img = img(shown.fallback(), picture.decorative() ? "" : picture.description(), lead, sizes)
                .setAttribute("srcset", srcset(picture, MediaView.Variant::fallback))
                .setAttribute("width", Integer.toString(shown.width()))
                .setAttribute("height", Integer.toString(shown.height()));
        Element webp = new Element("source")
                .setAttribute("type", "image/webp")
                .setAttribute("srcset", srcset(picture, MediaView.Variant::webp))
                .setAttribute("sizes", sizes);
        return new Element("picture").appendChild(webp, img);
    }

    private static Element img(String src, @Nullable String alt, boolean lead, String sizes) {
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

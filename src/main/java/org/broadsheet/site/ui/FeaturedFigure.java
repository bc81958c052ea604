package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.media.service.MediaView;
import org.jspecify.annotations.Nullable;

/**
 * An article's picture with caption and credit: a library picture as a {@link ResponsivePicture},
 * the caption and credit the article gives, else the library's.
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

    public FeaturedFigure(FeaturedImage image, @Nullable MediaView picture, boolean lead, Width width) {
        getElement().setAttribute("class", "featured-image");
        String caption = image.caption();
        String credit = image.credit();
        if (picture != null) {
            getElement()
                    .appendChild(ResponsivePicture.of(
                            picture, picture.decorative() ? "" : picture.description(), lead, width.sizes));
            caption = caption != null ? caption : picture.caption();
            credit = credit != null ? credit : picture.credit();
        } else {
            getElement()
                    .appendChild(ResponsivePicture.img(
                            image.url() == null ? "" : image.url(), image.alt(), lead, width.sizes));
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
}

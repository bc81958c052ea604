package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import org.broadsheet.content.FeaturedImage;

/**
 * An article's picture with caption and credit. Only the first picture a reader sees loads
 * eagerly; {@code sizes} is set so that image variants can be offered through {@code srcset}.
 */
@Tag("figure")
public class FeaturedFigure extends Component {

    public FeaturedFigure(FeaturedImage image, boolean eager) {
        getElement().setAttribute("class", "featured-image");
        Element img = new Element("img")
                .setAttribute("src", image.url() == null ? "" : image.url())
                .setAttribute("alt", image.alt() == null ? "" : image.alt())
                .setAttribute("loading", eager ? "eager" : "lazy")
                .setAttribute("decoding", "async")
                .setAttribute("sizes", "(min-width: 60rem) 42rem, 100vw");
        getElement().appendChild(img);
        if (image.caption() != null || image.credit() != null) {
            Element caption = new Element("figcaption");
            if (image.caption() != null) {
                caption.appendChild(Element.createText(image.caption() + " "));
            }
            if (image.credit() != null) {
                caption.appendChild(
                        new Element("span").setAttribute("class", "credit").setText(image.credit()));
            }
            getElement().appendChild(caption);
        }
    }
}

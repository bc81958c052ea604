package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.base.EmbedLink;
import org.broadsheet.media.service.MediaView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Turns already-sanitized HTML (an article body) into Vaadin elements, so it is rendered by the
 * same component tree on the site and in the desk preview instead of being pasted in as a string.
 * Embeds become click-to-load placeholders ({@link EmbedPlaceholder}).
 */
public final class HtmlBody {

    private HtmlBody() {}

    /** A body of sanitized HTML as a {@code div.story-body}. */
    public static Div of(String sanitizedHtml) {
        return of(sanitizedHtml, Map.of());
    }

    /**
     * A body whose images from the library ({@code /media/{id}/…}) are served like every library
     * picture ({@link ResponsivePicture}): {@code pictures} holds them by id, as they are now.
     */
    public static Div of(String sanitizedHtml, Map<Long, MediaView> pictures) {
        Div container = new Div();
        container.addClassName("story-body");
        for (Node node : Jsoup.parseBodyFragment(sanitizedHtml).body().childNodes()) {
            append(container.getElement(), node, pictures);
        }
        return container;
    }

    private static Optional<EmbedLink> embedOf(org.jsoup.nodes.Element element) {
        return element.tagName().equals("figure") && element.hasClass("embed")
                ? EmbedLink.of(element.attr("data-provider"), element.attr("data-ref"))
                : Optional.empty();
    }

    private static void append(Element parent, Node node, Map<Long, MediaView> pictures) {
        if (node instanceof TextNode text) {
            parent.appendChild(Element.createText(text.getWholeText()));
        } else if (node instanceof org.jsoup.nodes.Element source) {
            Optional<EmbedLink> embed = embedOf(source);
            MediaView picture = libraryPicture(source, pictures);
            parent.appendChild(
                    embed.isPresent()
                            ? placeholder(embed.get(), source)
                            : picture != null
                                    ? ResponsivePicture.of(
                                            picture, source.attr("alt"), false, FeaturedFigure.Width.STORY.sizes)
                                    : copy(source, pictures));
        }
    }

    private static @Nullable MediaView libraryPicture(org.jsoup.nodes.Element source, Map<Long, MediaView> pictures) {
        if (!source.tagName().equals("img")) {
            return null;
        }
        Long id = MediaView.idIn(source.attr("src"));
        return id == null ? null : pictures.get(id);
    }

    private static Element placeholder(EmbedLink embed, org.jsoup.nodes.Element figure) {
        org.jsoup.nodes.Element caption = figure.selectFirst("figcaption");
        return EmbedPlaceholder.of(embed, caption == null ? null : caption.text());
    }

    private static Element copy(org.jsoup.nodes.Element source, Map<Long, MediaView> pictures) {
        Element element = new Element(source.tagName());
        for (Attribute attribute : source.attributes()) {
            element.setAttribute(attribute.getKey(), attribute.getValue());
        }
        source.childNodes().forEach(child -> append(element, child, pictures));
        return element;
    }
}

package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import org.broadsheet.base.EmbedLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns already-sanitized HTML (an article body) into Vaadin elements, so it is rendered by the
 * same component tree on the site and in the desk preview instead of being pasted in as a string.
 * Embeds become click-to-load placeholders ({@link EmbedPlaceholder}).
 */
public final class HtmlBody {

    private HtmlBody() {}

    /** A body of sanitized HTML as a {@code div.story-body}. */
    public static Div of(String sanitizedHtml) {
        return toDiv(sanitizedHtml, "story-body");
    }

    static Div toDiv(String sanitizedHtml, String cssClass) {
        Div container = new Div();
        container.addClassName(cssClass);
        for (Node node : Jsoup.parseBodyFragment(sanitizedHtml).body().childNodes()) {
            append(container.getElement(), node);
        }
        return container;
    }

    private static Optional<EmbedLink> embedOf(org.jsoup.nodes.Element element) {
        return element.tagName().equals("figure") && element.hasClass("embed")
                ? EmbedLink.of(element.attr("data-provider"), element.attr("data-ref"))
                : Optional.empty();
    }

    private static void append(Element parent, Node node) {
        if (node instanceof TextNode text) {
            parent.appendChild(Element.createText(text.getWholeText()));
        } else if (node instanceof org.jsoup.nodes.Element source) {
            Optional<EmbedLink> embed = embedOf(source);
            parent.appendChild(embed.isPresent() ? placeholder(embed.get(), source) : copy(source));
        }
    }

    private static Element placeholder(EmbedLink embed, org.jsoup.nodes.Element figure) {
        org.jsoup.nodes.Element caption = figure.selectFirst("figcaption");
        return EmbedPlaceholder.of(embed, caption == null ? null : caption.text());
    }

    private static Element copy(org.jsoup.nodes.Element source) {
        Element element = new Element(source.tagName());
        for (Attribute attribute : source.attributes()) {
            element.setAttribute(attribute.getKey(), attribute.getValue());
        }
        source.childNodes().forEach(child -> append(element, child));
        return element;
    }
}

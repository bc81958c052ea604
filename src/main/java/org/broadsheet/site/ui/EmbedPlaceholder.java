package org.broadsheet.site.ui;

import com.vaadin.flow.dom.Element;
import org.broadsheet.base.EmbedLink;
import org.jspecify.annotations.Nullable;

/**
 * A stored embed as readers get it: a placeholder with a link to the item on the other site, and
 * a button ({@code /scripts/embeds.js} shows it) that loads the other site's player only when the
 * reader asks for it. Nothing is fetched from that site before then, so it sets no cookies on a
 * reader who has not chosen to see it; the placeholder says so in words that follow the reader's
 * answer to the cookie notice.
 */
final class EmbedPlaceholder {

    private static final String FRAME_ATTRIBUTE = "data-frame";
    static final String SCRIPT = "/scripts/embeds.js";

    private EmbedPlaceholder() {}

    static Element of(EmbedLink embed, @Nullable String caption) {
        EmbedLink.Provider provider = embed.provider();
        String what = provider.displayName() + " " + provider.kind();
        Element figure = new Element("figure")
                .setAttribute("class", "embed embed-" + provider.key())
                .setAttribute(FRAME_ATTRIBUTE, embed.frameUrl())
                .setAttribute("data-title", caption == null ? what : what + ": " + caption);
        Element box = new Element("div").setAttribute("class", "embed-placeholder");
        box.appendChild(new Element("p").setAttribute("class", "embed-title").setText(what));
        Element note = new Element("p").setAttribute("class", "embed-note");
        note.appendChild(new Element("span")
                .setAttribute("class", "embed-cookies")
                .setText("Playing it here loads it from " + provider.displayName()
                        + ", which may set its own cookies. "));
        note.appendChild(
                new Element("a").setAttribute("href", embed.pageUrl()).setText("Open it on " + provider.displayName()));
        box.appendChild(note);
        box.appendChild(new Element("button")
                .setAttribute("type", "button")
                .setAttribute("class", "embed-load")
                .setAttribute("hidden", "")
                .setText("Load the " + provider.kind() + " from " + provider.displayName()));
        figure.appendChild(box);
        if (caption != null) {
            figure.appendChild(new Element("figcaption").setText(caption));
        }
        return figure;
    }
}

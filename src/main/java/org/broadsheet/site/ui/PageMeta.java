package org.broadsheet.site.ui;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a page tells browsers, search engines and social networks about itself.
 *
 * @param type       OpenGraph type: {@code website} or {@code article}
 * @param imageUrl   absolute URL of the sharing image, if any
 * @param extraHead  further head elements: article metadata, JSON-LD, feed links
 * @param shareTitle the title social networks show, when it differs from the page title
 */
public record PageMeta(
        String title,
        @Nullable String description,
        @Nullable String canonicalUrl,
        String type,
        @Nullable String imageUrl,
        List<Element> extraHead,
        @Nullable String shareTitle) {

    public PageMeta(
            String title,
            @Nullable String description,
            @Nullable String canonicalUrl,
            String type,
            @Nullable String imageUrl,
            List<Element> extraHead) {
        this(title, description, canonicalUrl, type, imageUrl, extraHead, null);
    }

    public static PageMeta website(String title, @Nullable String description, @Nullable String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, "website", null, List.of());
    }

    public PageMeta withHead(List<Element> head) {
        return new PageMeta(title, description, canonicalUrl, type, imageUrl, head, shareTitle);
    }

    /** What social cards show as the title. */
    public String socialTitle() {
        return shareTitle == null || shareTitle.isBlank() ? title : shareTitle;
    }

    /** A {@code <meta name="robots">} for pages search engines should leave out of their index. */
    public static Element robots(String content) {
        return new Element("meta").setAttribute("name", "robots").setAttribute("content", content);
    }
}

package org.broadsheet.desk.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.broadsheet.content.service.PublishedArticle;
import org.broadsheet.site.service.SiteIdentity;
import org.jspecify.annotations.Nullable;

/**
 * How the article will look as a search result and as a card when shared, with the lengths search
 * engines and social sites show before they cut: what the form's title, description, social title
 * and picture fields change, while they are typed.
 */
class SearchAndSocialPreview extends Div {

    /** Characters of a page title a search result shows before cutting it. */
    static final int SEARCH_TITLE_SHOWN = 60;
    /** Characters of a description a search result shows. */
    static final int SEARCH_DESCRIPTION_SHOWN = 160;
    /** Characters of a card's title social sites show. */
    static final int CARD_TITLE_SHOWN = 70;
    /** Characters of a card's description social sites show. */
    static final int CARD_DESCRIPTION_SHOWN = 200;

    final Span searchTitle = new Span();
    final Span searchAddress = new Span();
    final Paragraph searchDescription = new Paragraph();
    final Paragraph searchLengths = new Paragraph();
    final Image cardPicture = new Image();
    final Span cardSite = new Span();
    final Span cardTitle = new Span();
    final Paragraph cardDescription = new Paragraph();
    final Paragraph cardLengths = new Paragraph();
    private final Paragraph empty = new Paragraph("Choose a section to see how the article will look.");
    private final Div result = new Div();
    private final Div card = new Div();

    SearchAndSocialPreview() {
        addClassName("search-social-preview");
        result.addClassName("serp-result");
        searchTitle.addClassName("serp-title");
        searchAddress.addClassName("serp-address");
        searchDescription.addClassName("serp-description");
        result.add(searchAddress, searchTitle, searchDescription);
        card.addClassName("social-card");
        cardPicture.addClassName("social-card-picture");
        cardPicture.setAlt("");
        cardSite.addClassName("social-card-site");
        cardTitle.addClassName("social-card-title");
        cardDescription.addClassName("social-card-description");
        card.add(cardPicture, new Div(cardSite, cardTitle, cardDescription));
        searchLengths.addClassName("preview-lengths");
        cardLengths.addClassName("preview-lengths");
        add(empty, new H3("In search results"), result, searchLengths, new H3("Shared as a card"), card, cardLengths);
    }

    void show(Optional<PublishedArticle> article, SiteIdentity site) {
        empty.setVisible(article.isEmpty());
        article.ifPresent(story -> {
            String base = site.publicUrl() == null ? "" : site.publicUrl();
            String pageTitle = story.title() + " – " + site.siteName();
            String description = story.description();
            searchAddress.setText(base + story.url());
            searchTitle.setText(cut(pageTitle, SEARCH_TITLE_SHOWN));
            searchDescription.setText(
                    description == null
                            ? "No description: search engines will pick words from the article."
                            : cut(description, SEARCH_DESCRIPTION_SHOWN));
            searchLengths.setText(lengths(
                    "Page title", pageTitle, SEARCH_TITLE_SHOWN, "Description", description, SEARCH_DESCRIPTION_SHOWN));

            String shareTitle =
                    story.socialTitle() == null || story.socialTitle().isBlank() ? story.title() : story.socialTitle();
            String picture = story.shareImageUrl();
            cardPicture.setVisible(picture != null);
            if (picture != null) {
                cardPicture.setSrc(picture);
            }
            cardSite.setText(host(base, site.siteName()));
            cardTitle.setText(cut(shareTitle, CARD_TITLE_SHOWN));
            cardDescription.setText(description == null ? "" : cut(description, CARD_DESCRIPTION_SHOWN));
            cardLengths.setText(lengths(
                            "Card title",
                            shareTitle,
                            CARD_TITLE_SHOWN,
                            "Description",
                            description,
                            CARD_DESCRIPTION_SHOWN)
                    + (picture == null ? " No picture: the card will be text only." : ""));
        });
    }

    /** "Page title 48 of 60 shown; Description 172 of 160 shown: cut." */
    static String lengths(
            String first,
            String firstText,
            int firstShown,
            String second,
            @Nullable String secondText,
            int secondShown) {
        return length(first, firstText, firstShown) + "; "
                + (secondText == null ? second + " none" : length(second, secondText, secondShown)) + ".";
    }

    private static String length(String name, String text, int shown) {
        int length = text.codePointCount(0, text.length());
        return name + " " + length + " of " + shown + (length > shown ? ", cut after " + shown : "");
    }

    static String cut(String text, int shown) {
        if (text.codePointCount(0, text.length()) <= shown) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, shown - 1)).stripTrailing() + "…";
    }

    private static String host(String base, String siteName) {
        if (base.isEmpty()) {
            return siteName;
        }
        return base.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
    }
}

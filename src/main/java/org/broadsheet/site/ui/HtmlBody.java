package org.broadsheet.site.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.base.EmbedLink;
import org.broadsheet.media.service.MediaView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Writes already-sanitized HTML (an article body) into a page, on the site and in the desk
 * preview alike. Embeds become click-to-load placeholders ({@link EmbedPlaceholder}); pictures
 * from the library are served like every library picture ({@link ResponsivePicture}). The rest is
 * written by jsoup as it was parsed ({@link WrittenHtml}), so the body reaches a page only through
 * {@link SitePage}'s writing.
 */
public final class HtmlBody {

    /** A body as written for a page, and whether it holds an embed. */
    private record Written(String html, boolean embeds) {}

    private record Source(String sanitizedHtml, Map<Long, MediaView> pictures) {}

    /**
     * Bodies as written, by what they are written from: parsing and writing the body again on
     * every render was most of the story's cost. A changed body or picture is another entry.
     */
    private static final Cache<Source, Written> WRITTEN = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .weigher((Source source, Written written) ->
                    source.sanitizedHtml().length() + written.html().length())
            .build();

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
        Written body = WRITTEN.get(new Source(sanitizedHtml, Map.copyOf(pictures)), HtmlBody::write);
        Div container = new Div();
        container.addClassName("story-body");
        container.getElement().appendChild(WrittenHtml.of(body.html(), body.embeds()));
        return container;
    }

    private static Written write(Source source) {
        Document document = Jsoup.parseBodyFragment(source.sanitizedHtml());
        document.outputSettings().prettyPrint(false);
        boolean embeds = placeEmbeds(document);
        placeLibraryPictures(document, source.pictures());
        leaveOutComments(document);
        return new Written(document.body().html(), embeds);
    }

    /** @return whether the body holds an embed */
    private static boolean placeEmbeds(Document document) {
        boolean embeds = false;
        for (org.jsoup.nodes.Element figure : document.body().select("figure.embed")) {
            Optional<EmbedLink> embed = EmbedLink.of(figure.attr("data-provider"), figure.attr("data-ref"));
            if (embed.isPresent()) {
                org.jsoup.nodes.Element caption = figure.selectFirst("figcaption");
                replace(document, figure, EmbedPlaceholder.of(embed.get(), caption == null ? null : caption.text()));
                embeds = true;
            }
        }
        return embeds;
    }

    private static void placeLibraryPictures(Document document, Map<Long, MediaView> pictures) {
        for (org.jsoup.nodes.Element image : document.body().select("img")) {
            MediaView picture = libraryPicture(image, pictures);
            if (picture != null) {
                replace(
                        document,
                        image,
                        ResponsivePicture.of(picture, image.attr("alt"), false, FeaturedFigure.Width.STORY.sizes));
            }
        }
    }

    /** As before, when only elements and text were carried over into the page. */
    private static void leaveOutComments(Document document) {
        document.body()
                .select("*")
                .forEach(element -> element.childNodes().stream()
                        .filter(org.jsoup.nodes.Comment.class::isInstance)
                        .toList()
                        .forEach(org.jsoup.nodes.Node::remove));
    }

    private static void replace(Document document, org.jsoup.nodes.Element source, Element replacement) {
        source.replaceWith(ElementUtil.toJsoup(document, replacement));
    }

    private static @Nullable MediaView libraryPicture(org.jsoup.nodes.Element source, Map<Long, MediaView> pictures) {
        Long id = MediaView.idIn(source.attr("src"));
        return id == null ? null : pictures.get(id);
    }
}

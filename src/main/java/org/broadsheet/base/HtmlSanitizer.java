package org.broadsheet.base;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for HTML that people type into Broadsheet. Applied when it is saved and again
 * when it is rendered, so a value that slipped into the database some other way is still safe.
 *
 * <p>An article body is this subset and nothing else (the body editor writes exactly it):
 * paragraphs, {@code h2}–{@code h4}, {@code strong em s code br}, links ({@code href} on the web,
 * to a page here, {@code mailto:} or a footnote; {@code data-article} names a linked article of
 * this site by id), {@code blockquote} (class {@code pull-quote} for a pull quote), bulleted and
 * numbered lists, {@code hr}, images as {@code figure.image} (an {@code img} with {@code alt},
 * empty when decorative, and a {@code figcaption} whose {@code span.credit} is the credit),
 * embeds as {@code figure.embed} with {@code data-provider}/{@code data-ref} (see
 * {@link EmbedLink}), footnote markers {@code sup.footnote-ref} and the notes list
 * {@code section.footnotes}.
 */
public final class HtmlSanitizer {

    /** Only footnote anchors may carry ids, so stored HTML cannot clobber the page's own. */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d{1,4}");

    private static final Pattern ARTICLE_ID = Pattern.compile("\\d{1,18}");

    /** The one class each element may carry, if any. */
    private static final Map<String, Set<String>> CLASSES = Map.of(
            "sup", Set.of("footnote-ref"),
            "section", Set.of("footnotes"),
            "figure", Set.of("image", "embed"),
            "span", Set.of("credit"),
            "blockquote", Set.of("pull-quote"));

    /** Old or pasted elements that have a near equivalent in the subset. */
    private static final Map<String, String> NEAREST =
            Map.of("b", "strong", "i", "em", "strike", "s", "del", "s", "h1", "h2", "h5", "h4", "h6", "h4");

    private static final String[] TAGS = {
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "strong",
        "em",
        "s",
        "code",
        "a",
        "blockquote",
        "ul",
        "ol",
        "li",
        "hr",
        "figure",
        "figcaption",
        "img",
        "span",
        "sup",
        "section"
    };

    private static final Set<String> BODY_TAGS = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(TAGS), NEAREST.keySet().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Safelist ARTICLE_BODY = new Safelist()
            .addTags(TAGS)
            .addAttributes("a", "href", "data-article", "aria-label")
            .addAttributes("sup", "id", "class")
            .addAttributes("li", "id")
            .addAttributes("ol", "start")
            .addAttributes("section", "class")
            .addAttributes("blockquote", "class")
            .addAttributes("figure", "class", "data-provider", "data-ref")
            .addAttributes("img", "src", "alt")
            .addAttributes("span", "class")
            .addProtocols("a", "href", "#", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    /** Relative links ("/americas/bolivia/…") are resolved against this only to be checked, then kept relative. */
    private static final String CHECKING_BASE = "https://broadsheet.invalid/";

    private HtmlSanitizer() {}

    /** The elements a body keeps, and those it turns into one of them ({@code b} → {@code strong}): others lose their markup. */
    public static Set<String> articleBodyTags() {
        return BODY_TAGS;
    }

    /** An article body reduced to the tags, attributes and URL schemes of the subset above. */
    public static String articleBody(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, CHECKING_BASE);
        NEAREST.forEach((from, to) -> dirty.body().select(from).tagName(to));
        Document clean = new Cleaner(ARTICLE_BODY).clean(dirty);
        Element body = clean.body();
        for (Element withId : body.select("[id]")) {
            if (!FOOTNOTE_ID.matcher(withId.id()).matches()) {
                withId.removeAttr("id");
            }
        }
        for (Element withClass : body.select("[class]")) {
            if (!CLASSES.getOrDefault(withClass.tagName(), Set.of()).contains(withClass.className())) {
                withClass.removeAttr("class");
            }
        }
        body.select("a[data-article]").forEach(link -> {
            if (!ARTICLE_ID.matcher(link.attr("data-article")).matches()) {
                link.removeAttr("data-article");
            }
        });
        keepOnlyKnownEmbeds(body);
        keepImagesInFigures(body);
        body.select("span:not(.credit)").unwrap();
        clean.outputSettings().prettyPrint(false);
        return body.html();
    }

    private static void keepOnlyKnownEmbeds(Element body) {
        for (Element figure : body.select("figure")) {
            boolean embed = figure.hasClass("embed")
                    && EmbedLink.of(figure.attr("data-provider"), figure.attr("data-ref"))
                            .isPresent();
            if (!embed) {
                figure.removeAttr("data-provider").removeAttr("data-ref");
                if (figure.hasClass("embed")) {
                    figure.removeAttr("class");
                }
            }
        }
    }

    /** An image is only ever a figure's, with a source and an alt text (empty: decorative). */
    private static void keepImagesInFigures(Element body) {
        for (Element img : body.select("img")) {
            Element parent = img.parent();
            if (parent == null || !parent.hasClass("image") || img.attr("src").isBlank()) {
                img.remove();
            } else if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
        }
    }
}

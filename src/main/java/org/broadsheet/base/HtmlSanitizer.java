package org.broadsheet.base;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for HTML that people type into Broadsheet. Applied when it is saved and again
 * when it is rendered, so a value that slipped into the database some other way is still safe.
 */
public final class HtmlSanitizer {

    /** Only footnote anchors may carry ids, so stored HTML cannot clobber the page's own. */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d{1,4}");

    private static final Safelist ARTICLE_BODY = Safelist.relaxed()
            .removeTags("div", "span", "h1", "h5", "h6", "col", "colgroup", "dl", "dd", "dt", "img", "u")
            .addTags("figure", "figcaption", "hr", "s")
            .addAttributes("sup", "id", "class")
            .addAttributes("li", "id")
            .addAttributes("a", "id", "class")
            .addAttributes("ol", "class")
            .addAttributes("section", "class")
            .addTags("section")
            .addProtocols("a", "href", "#", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    /** Relative links ("/americas/bolivia/…") are resolved against this only to be checked, then kept relative. */
    private static final String CHECKING_BASE = "https://broadsheet.invalid/";

    private HtmlSanitizer() {
    }

    /** An article body reduced to the tags, attributes and URL schemes Broadsheet renders. */
    public static String articleBody(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, CHECKING_BASE);
        Document clean = new Cleaner(ARTICLE_BODY).clean(dirty);
        for (Element withId : clean.body().select("[id]")) {
            if (!FOOTNOTE_ID.matcher(withId.id()).matches()) {
                withId.removeAttr("id");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}

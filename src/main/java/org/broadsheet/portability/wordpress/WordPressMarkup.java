package org.broadsheet.portability.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A Broadsheet body as WordPress expects post content: one block per line; an embed becomes its
 * address alone on a line (WordPress embeds those itself, and {@link WordPressBody} reads them back
 * as embeds); addresses on this site (pictures, links to other articles) are made absolute so they
 * still point here from the other site.
 */
public final class WordPressMarkup {

    private WordPressMarkup() {}

    public static String of(String body, String siteUrl) {
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        absolute(doc, siteUrl);
        List<String> lines = new ArrayList<>();
        for (Node node : doc.body().childNodes()) {
            if (node instanceof Element embed && embed.is("figure.embed")) {
                Element link = embed.selectFirst("a[href]");
                if (link != null) {
                    lines.add(link.attr("href"));
                }
            } else if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    lines.add(text.outerHtml());
                }
            } else {
                lines.add(node.outerHtml());
            }
        }
        return String.join("\n\n", lines);
    }

    private static void absolute(Document doc, String siteUrl) {
        for (Element element : doc.select("[href^=/], [src^=/]")) {
            for (String attribute : new String[] {"href", "src"}) {
                String value = element.attr(attribute);
                if (value.startsWith("/") && !value.startsWith("//")) {
                    element.attr(attribute, siteUrl + value);
                }
            }
        }
        for (Element element : doc.select("[srcset]")) {
            element.attr(
                    "srcset",
                    element.attr("srcset")
                            .replaceAll("(^|,\\s*)/(?!/)", "$1" + Matcher.quoteReplacement(siteUrl) + "/"));
        }
    }
}

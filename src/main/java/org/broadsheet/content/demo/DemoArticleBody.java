package org.broadsheet.content.demo;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Builds a demo article's body, in the body editor's own subset and spacing: paragraphs, a pull
 * quote after the first, a link to a related article in the last, and a numbered footnote with
 * links from marker to note and back.
 */
final class DemoArticleBody {

    private DemoArticleBody() {}

    static String html(DemoData.Article article, @Nullable String linkUrl, @Nullable String linkTitle) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element body = shell.body();
        List<String> paragraphs = article.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Element p = body.appendElement("p").text(paragraphs.get(i));
            if (i == 0 && article.footnote() != null) {
                p.appendElement("sup")
                        .attr("id", "fnref-1")
                        .addClass("footnote-ref")
                        .appendElement("a")
                        .attr("href", "#fn-1")
                        .text("1");
            }
            if (i == 0 && article.quote() != null) {
                body.appendElement("blockquote")
                        .addClass("pull-quote")
                        .appendElement("p")
                        .text(article.quote());
            }
            if (i == paragraphs.size() - 1 && linkUrl != null && linkTitle != null) {
                p.appendText(" Read more: ");
                p.appendElement("a").attr("href", linkUrl).text(linkTitle);
                p.appendText(".");
            }
        }
        if (article.footnote() != null) {
            Element note = body.appendElement("section")
                    .addClass("footnotes")
                    .appendElement("ol")
                    .appendElement("li")
                    .attr("id", "fn-1")
                    .text(article.footnote() + " ");
            note.appendElement("a")
                    .attr("href", "#fnref-1")
                    .attr("aria-label", "Back to the text")
                    .text("↩");
        }
        return body.html();
    }

    /** The body with a figure after its second paragraph of text (after the first when it has one only). */
    static String withFigure(String body, String figure) {
        Document shell = Jsoup.parseBodyFragment(body);
        shell.outputSettings().prettyPrint(false);
        List<Element> paragraphs = shell.body().children().stream()
                .filter(child -> child.nameIs("p"))
                .toList();
        if (paragraphs.isEmpty()) {
            shell.body().append(figure);
        } else {
            paragraphs.get(Math.min(1, paragraphs.size() - 1)).after(figure);
        }
        return shell.body().html();
    }
}

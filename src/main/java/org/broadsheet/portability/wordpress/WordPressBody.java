package org.broadsheet.portability.wordpress;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.base.EmbedLink;
import org.broadsheet.base.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A post's content as WordPress stores it, turned into Broadsheet's body subset: the editor's
 * blocks read for their HTML, the classic editor's paragraph rules applied (a blank line starts a
 * paragraph, a single line break stays one), {@code [caption]} made a figure with its caption,
 * {@code [embed]} and bare video or post addresses on a line of their own made embeds. What has no
 * place in the subset is kept as text, never as markup, and named in {@link Converted#dropped()}.
 */
public final class WordPressBody {

    /** The converted body and what of the original had no place in it, for the import's report. */
    public record Converted(String html, List<String> dropped) {}

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->");
    private static final Pattern CAPTION =
            Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBED =
            Pattern.compile("\\[embed[^\\]]*\\]\\s*(\\S+?)\\s*\\[/embed\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_LINE_URL = Pattern.compile("(?m)^\\s*(https?://\\S+)\\s*$");
    private static final Pattern SHORTCODE = Pattern.compile("\\[/?([a-z][a-z0-9_-]*)[^\\]]*\\]");
    private static final Pattern BLOCK_START = Pattern.compile(
            "^\\s*<(?:h[1-6]|ul|ol|li|blockquote|pre|table|div|figure|hr|p|section|dl|address|form|iframe|!--)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Wrappers and parts whose loss says nothing new: a layout box, a table's rows once the table is named. */
    private static final Set<String> UNREPORTED = Set.of("div", "tbody", "thead", "tfoot", "tr", "td", "th");

    private WordPressBody() {}

    public static Converted convert(String content) {
        return convert(content, "");
    }

    /** With the post's {@code footnotes} meta: its core footnotes become Broadsheet's. */
    public static Converted convert(String content, String footnotesMeta) {
        Set<String> dropped = new LinkedHashSet<>();
        boolean blocks = BLOCK_COMMENT.matcher(content).find();
        String html = BLOCK_COMMENT.matcher(content).replaceAll("");
        html = embeds(html);
        html = captions(html);
        if (!blocks) {
            html = paragraphs(html);
        }
        Matcher shortcodes = SHORTCODE.matcher(html);
        while (shortcodes.find()) {
            dropped.add("[" + shortcodes.group(1) + "] shortcode, kept as text");
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        figures(doc);
        WordPressFootnotes.place(doc, WordPressFootnotes.notes(footnotesMeta));
        unknownTags(doc, dropped);
        return new Converted(HtmlSanitizer.articleBody(doc.body().html()), List.copyOf(dropped));
    }

    /** {@code [embed]} and a bare address on its own line, when it is a video or post Broadsheet embeds. */
    private static String embeds(String html) {
        String withShortcodes = EMBED.matcher(html)
                .replaceAll(
                        m -> Matcher.quoteReplacement(embedFigure(m.group(1)).orElse(m.group(1))));
        return OWN_LINE_URL
                .matcher(withShortcodes)
                .replaceAll(
                        m -> Matcher.quoteReplacement(embedFigure(m.group(1)).orElse(m.group())));
    }

    private static Optional<String> embedFigure(String address) {
        return EmbedLink.parse(Parser.unescapeEntities(address, false)).map(link -> {
            Element figure = new Element("figure")
                    .addClass("embed")
                    .attr("data-provider", link.provider().key())
                    .attr("data-ref", link.ref());
            figure.appendElement("a").attr("href", link.pageUrl()).text(link.pageUrl());
            return "\n\n" + compact(figure) + "\n\n";
        });
    }

    /** An element's HTML on one line, as the body editor writes it. */
    private static String compact(Element element) {
        Document holder = Document.createShell("");
        holder.outputSettings().prettyPrint(false);
        holder.body().appendChild(element);
        return element.outerHtml();
    }

    /** {@code [caption]<img …> Words[/caption]}: the image with its words as the caption. */
    private static String captions(String html) {
        return CAPTION.matcher(html).replaceAll(m -> {
            Document inside = Jsoup.parseBodyFragment(m.group(2));
            Element img = inside.selectFirst("img");
            if (img == null) {
                return Matcher.quoteReplacement(m.group(2));
            }
            img.remove();
            inside.select("a:empty").remove();
            Element figure = new Element("figure").addClass("image");
            figure.appendElement("img").attr("src", img.attr("src")).attr("alt", img.attr("alt"));
            String caption = inside.body().text().strip();
            if (!caption.isEmpty()) {
                figure.appendElement("figcaption").text(caption);
            }
            return Matcher.quoteReplacement("\n\n" + compact(figure) + "\n\n");
        });
    }

    /**
     * Every image as a figure of its own, which is the only place the subset has for one: image
     * blocks and captioned figures keep their caption; an image inside a paragraph or a link
     * moves out to just after it.
     */
    private static void figures(Document doc) {
        for (Element img : doc.body().select("img")) {
            Element figure = img.closest("figure");
            if (figure != null && figure.hasClass("image") && img.parent() == figure) {
                continue;
            }
            Element made = new Element("figure").addClass("image");
            made.appendElement("img").attr("src", img.attr("src")).attr("alt", img.attr("alt"));
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            if (caption != null && !caption.text().isBlank()) {
                made.appendElement("figcaption").text(caption.text().strip());
            }
            Element place = figure != null ? figure : img;
            // the block it sits in: a wrapping image block, or the paragraph (or link) holding it
            Element block = place.parent();
            while (block != null
                    && block != doc.body()
                    && !block.nameIs("p")
                    && !block.hasClass("wp-block-image")
                    && !block.nameIs("a")) {
                block = block.parent();
            }
            if (block != null && block != doc.body()) {
                if (block.nameIs("a") && block.parent() != null && block.parent() != doc.body()) {
                    block = block.parent().nameIs("p") ? block.parent() : block;
                }
                place.remove();
                block.after(made);
                if (block.text().isBlank() && block.select("img").isEmpty()) {
                    block.remove();
                }
            } else {
                place.replaceWith(made);
            }
        }
    }

    /** WordPress's paragraph rules for the classic editor: blank lines part paragraphs, single breaks stay. */
    private static String paragraphs(String html) {
        StringBuilder out = new StringBuilder();
        for (String chunk : html.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String text = chunk.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(text).find()) {
                out.append(text).append('\n');
            } else {
                out.append("<p>").append(text.replace("\n", "<br>")).append("</p>\n");
            }
        }
        return out.toString().strip();
    }

    /** Markup the subset has no place for: named in the report; the sanitizer keeps its text. */
    private static void unknownTags(Document doc, Set<String> dropped) {
        Set<String> kept = HtmlSanitizer.articleBodyTags();
        for (Element element : doc.body().getAllElements()) {
            String tag = element.normalName().toLowerCase(Locale.ROOT);
            if (!tag.equals("body") && !kept.contains(tag) && !UNREPORTED.contains(tag)) {
                dropped.add("<" + tag + "> markup, kept as text");
            }
        }
    }
}

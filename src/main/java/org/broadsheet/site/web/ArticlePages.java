package org.broadsheet.site.web;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.PublishedArticle;
import org.broadsheet.content.service.RelatedArticle;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.Byline;
import org.broadsheet.site.ui.ArticleStory;
import org.broadsheet.site.ui.PageMeta;
import org.broadsheet.site.ui.RelatedList;
import org.broadsheet.site.ui.SitePage;
import org.broadsheet.site.ui.StructuredData;
import org.springframework.stereotype.Component;

/** The article page: the story, its related articles, and everything search engines and sharing need. */
@Component
class ArticlePages {

    static final int RELATED = 5;

    private final ArticleService articles;

    ArticlePages(ArticleService articles) {
        this.articles = articles;
    }

    Optional<RenderedPage> article(PageContext ctx, String sectionPath, String slug) {
        return articles.findPublishedPage(sectionPath, slug, RELATED)
                .map(page -> render(ctx, page.article(), page.related()));
    }

    /** When the article readers knew at this address left the site, if it did. */
    Optional<java.time.Instant> withdrawnAt(String sectionPath, String slug) {
        return articles.withdrawnAt(sectionPath, slug);
    }

    /** The current address of something that used to live at this path. */
    Optional<String> movedTo(String path) {
        return articles.redirectFor(path);
    }

    private RenderedPage render(PageContext ctx, PublishedArticle article, List<RelatedArticle> related) {
        String share = article.shareImageUrl();
        String image = share == null ? null : SitePage.absolute(ctx.baseUrl(), share);
        PageMeta meta = new PageMeta(
                ctx.title(article.title()),
                article.description(),
                ctx.baseUrl() + article.url(),
                "article",
                image,
                head(ctx, article),
                article.socialTitle());
        ArticleStory story = new ArticleStory(article, ctx.zone());
        String html = related.isEmpty()
                ? SitePage.render(ctx.frame(), meta, story)
                : SitePage.render(ctx.frame(), meta, story, new RelatedList(related));
        Set<String> dependsOn = new HashSet<>();
        dependsOn.add(PublicContentChanged.article(article.id()));
        // the related list draws on the section and the tags, and shows other articles' headlines
        dependsOn.add(PublicContentChanged.section(article.section().id()));
        article.tags().forEach(tag -> dependsOn.add(PublicContentChanged.tag(tag.id())));
        related.forEach(r -> dependsOn.add(PublicContentChanged.article(r.id())));
        return new RenderedPage(html, article.updatedAt(), dependsOn);
    }

    private static List<Element> head(PageContext ctx, PublishedArticle article) {
        List<Element> head = new ArrayList<>();
        head.add(property("article:published_time", article.publishedAt().toString()));
        head.add(property("article:modified_time", article.updatedAt().toString()));
        head.add(property("article:section", article.section().name()));
        for (Byline byline : article.bylines()) {
            head.add(property("article:author", ctx.baseUrl() + byline.url()));
        }
        article.tags().forEach(tag -> head.add(property("article:tag", tag.name())));
        MediaView picture = article.picture();
        if (picture != null) {
            java.awt.Dimension card = picture.socialCardSize();
            head.add(property("og:image:width", Integer.toString(card.width)));
            head.add(property("og:image:height", Integer.toString(card.height)));
            if (!picture.decorative() && picture.description() != null) {
                head.add(property("og:image:alt", picture.description()));
            }
        }
        head.add(StructuredData.newsArticle(article, ctx.baseUrl(), ctx.site().siteName()));
        head.add(StructuredData.breadcrumbs(article.sectionTrail(), ctx.baseUrl()));
        return head;
    }

    private static Element property(String property, String content) {
        return new Element("meta").setAttribute("property", property).setAttribute("content", content);
    }
}

package org.broadsheet.content.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.base.HtmlSanitizer;
import org.broadsheet.content.domain.Article;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.springframework.stereotype.Component;

/**
 * Turns article entities into what the site and the desk show, fetching the names of sections,
 * authors and tags in one batch per page rather than one query per article.
 */
@Component
class ArticleViews {

    private final SectionService sections;
    private final AuthorService authors;
    private final TagService tags;

    ArticleViews(SectionService sections, AuthorService authors, TagService tags) {
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
    }

    List<ArticleTeaser> teasers(List<Article> articles) {
        SectionTree tree = sections.tree();
        Map<Long, Byline> bylines = bylinesOf(articles);
        return articles.stream().map(a -> {
            SectionSummary section = tree.byId(a.getSectionId()).orElseThrow();
            return new ArticleTeaser(a.requireId(), a.getTitle(), a.getStandfirst(), url(section, a), section,
                    pick(a.getAuthorIds(), bylines), Objects.requireNonNull(a.getPublishedAt()),
                    a.getFeaturedImage());
        }).toList();
    }

    PublishedArticle published(Article article) {
        return story(article, article.requireId(), Objects.requireNonNull(article.getPublishedAt()));
    }

    /** An article as it would read if published at that time: the site's page and the desk's preview. */
    PublishedArticle story(Article article, long id, Instant publishedAt) {
        SectionTree tree = sections.tree();
        SectionSummary section = tree.byId(article.getSectionId()).orElseThrow();
        return new PublishedArticle(id, article.getTitle(), article.getSlug(),
                article.getStandfirst(), HtmlSanitizer.articleBody(article.getBody()),
                tree.trail(section.id()), authors.bylines(article.getAuthorIds()), tags.byIds(article.getTagIds()),
                publishedAt, article.getUpdatedAt(), url(section, article),
                article.getFeaturedImage(), article.getMetaDescription(), article.getSocialTitle());
    }

    EditableArticle editable(Article a) {
        String url = sections.tree().byId(a.getSectionId()).map(section -> url(section, a)).orElse("");
        ArticleDraft draft = new ArticleDraft(a.getTitle(), a.getSlug(), a.getStandfirst(), a.getBody(),
                a.getSectionId(), a.getAuthorIds(), a.getTagIds(), a.getMetaDescription(), a.getSocialTitle(),
                a.getPinnedRelatedIds());
        return new EditableArticle(a.requireId(), a.getVersion(), draft, a.getStatus(), a.getPublishedAt(),
                a.getScheduledAt(), a.getUpdatedAt(), url, a.getDeletedAt() != null);
    }

    List<DeskArticleRow> deskRows(List<Article> articles) {
        SectionTree tree = sections.tree();
        Map<Long, Byline> bylines = bylinesOf(articles);
        return articles.stream().map(a -> new DeskArticleRow(a.requireId(), a.getTitle(),
                tree.byId(a.getSectionId()).map(SectionSummary::path).orElse("?"),
                pick(a.getAuthorIds(), bylines).stream().map(Byline::name).collect(Collectors.joining(", ")),
                a.getStatus(), a.getUpdatedAt(), a.getPublishedAt(), a.getScheduledAt())).toList();
    }

    static String url(SectionSummary section, Article article) {
        return section.url() + "/" + article.getSlug();
    }

    private Map<Long, Byline> bylinesOf(Collection<Article> articles) {
        List<Long> ids = articles.stream().flatMap(a -> a.getAuthorIds().stream()).distinct().toList();
        return authors.bylines(ids).stream().collect(Collectors.toMap(Byline::id, Function.identity()));
    }

    private static List<Byline> pick(List<Long> ids, Map<Long, Byline> bylines) {
        return ids.stream().map(bylines::get).filter(Objects::nonNull).toList();
    }
}

package org.broadsheet.content.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.broadsheet.base.HtmlSanitizer;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleCorrectionRepository;
import org.broadsheet.content.domain.ListedArticle;
import org.broadsheet.content.domain.RelatedCandidate;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.jspecify.annotations.Nullable;
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
    private final InternalLinks links;
    private final MediaService media;
    private final ArticleCorrectionRepository corrections;
    /**
     * Bodies as the sanitizer leaves them, by the stored text (a pure function of it): stored
     * bodies were sanitized when saved, and sanitizing again on every render, in case a row was
     * written some other way, was a tenth of an article page's render.
     */
    private final Cache<String, String> sanitized = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .weigher((String stored, String clean) -> stored.length() + clean.length())
            .build();

    ArticleViews(
            SectionService sections,
            AuthorService authors,
            TagService tags,
            InternalLinks links,
            MediaService media,
            ArticleCorrectionRepository corrections) {
        this.corrections = corrections;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.links = links;
        this.media = media;
    }

    List<ArticleTeaser> teasers(List<ListedArticle> articles) {
        SectionTree tree = sections.tree();
        Map<Long, Byline> bylines = bylinesOf(articles.stream().map(ListedArticle::authorIds));
        Map<Long, MediaView> pictures = media.findAll(articles.stream()
                .map(a -> pictureId(a.featuredImage()))
                .filter(Objects::nonNull)
                .toList());
        return articles.stream()
                .map(a -> {
                    SectionSummary section = tree.byId(a.sectionId()).orElseThrow();
                    Long pictureId = pictureId(a.featuredImage());
                    return new ArticleTeaser(
                            a.id(),
                            a.title(),
                            a.standfirst(),
                            url(section, a.slug()),
                            section,
                            pick(a.authorIds(), bylines),
                            a.publishedAt(),
                            a.featuredImage(),
                            pictureId == null ? null : pictures.get(pictureId));
                })
                .toList();
    }

    /** Related articles as their list shows them, read from the candidates' own columns. */
    List<RelatedArticle> related(List<RelatedCandidate> chosen) {
        SectionTree tree = sections.tree();
        return chosen.stream()
                .flatMap(c -> tree.byId(c.sectionId()).stream()
                        .map(section -> new RelatedArticle(c.id(), c.title(), url(section, c.slug()), section)))
                .toList();
    }

    PublishedArticle published(Article article) {
        return story(article, article.requireId(), Objects.requireNonNull(article.getPublishedAt()));
    }

    /** An article as it would read if published at that time: the site's page and the desk's preview. */
    PublishedArticle story(Article article, long id, Instant publishedAt) {
        SectionTree tree = sections.tree();
        SectionSummary section = tree.byId(article.getSectionId()).orElseThrow();
        String body = links.resolve(sanitized.get(article.getBody(), HtmlSanitizer::articleBody));
        return new PublishedArticle(
                id,
                article.getTitle(),
                article.getSlug(),
                article.getStandfirst(),
                body,
                tree.trail(section.id()),
                authors.bylines(article.getAuthorIds()),
                tags.byIds(article.getTagIds()),
                publishedAt,
                article.getUpdatedAt(),
                url(section, article),
                article.getFeaturedImage(),
                article.getMetaDescription(),
                article.getSocialTitle(),
                pictureOf(article),
                media.findAll(libraryPicturesIn(body)),
                article.getCorrectedAt() == null
                        ? List.of()
                        : corrections.findByArticleIdOrderByCreatedAtAscIdAsc(id).stream()
                                .map(ArticleCorrections::view)
                                .toList());
    }

    private static final java.util.regex.Pattern LIBRARY_IMAGE =
            java.util.regex.Pattern.compile("<img[^>]*\\ssrc=\"(/media/\\d{1,18}/[^\"]*)\"");

    /** The library pictures a body's images show, by id: read from the HTML without parsing it. */
    static List<Long> libraryPicturesIn(String html) {
        if (!html.contains("/media/")) {
            return List.of();
        }
        return LIBRARY_IMAGE
                .matcher(html)
                .results()
                .map(m -> MediaView.idIn(m.group(1)))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static @Nullable Long pictureId(@Nullable FeaturedImage image) {
        return image == null ? null : image.mediaId();
    }

    private @Nullable MediaView pictureOf(Article article) {
        Long id = pictureId(article.getFeaturedImage());
        return id == null ? null : media.findAll(List.of(id)).get(id);
    }

    EditableArticle editable(Article a) {
        String url = urlIn(sections.tree(), a).orElse("");
        ArticleDraft draft = new ArticleDraft(
                a.getTitle(),
                a.getSlug(),
                a.getStandfirst(),
                a.getBody(),
                a.getSectionId(),
                a.getAuthorIds(),
                a.getTagIds(),
                a.getMetaDescription(),
                a.getSocialTitle(),
                a.getPinnedRelatedIds(),
                a.getFeaturedImage(),
                Set.of());
        return new EditableArticle(
                a.requireId(),
                a.getVersion(),
                draft,
                a.getStatus(),
                a.getPublishedAt(),
                a.getScheduledAt(),
                a.getUnpublishAt(),
                a.getUpdatedAt(),
                url,
                a.getDeletedAt() != null);
    }

    List<DeskArticleRow> deskRows(List<Article> articles) {
        return deskRowsOf(articles.stream()
                .map(a -> new DeskColumns(
                        a.requireId(),
                        a.getTitle(),
                        a.getSectionId(),
                        a.getAuthorIds(),
                        a.getStatus(),
                        a.getUpdatedAt(),
                        a.getPublishedAt(),
                        a.getScheduledAt()))
                .toList());
    }

    /** What a desk row is made of before names are looked up; read from entities or straight from columns. */
    record DeskColumns(
            long id,
            String title,
            long sectionId,
            List<Long> authorIds,
            ArticleStatus status,
            Instant updatedAt,
            @Nullable Instant publishedAt,
            @Nullable Instant scheduledAt) {}

    /** Desk rows with section paths and author names, the names fetched in one batch for all rows. */
    List<DeskArticleRow> deskRowsOf(List<DeskColumns> rows) {
        SectionTree tree = sections.tree();
        Map<Long, Byline> bylines = bylinesOf(rows.stream().map(DeskColumns::authorIds));
        return rows.stream()
                .map(r -> new DeskArticleRow(
                        r.id(),
                        r.title(),
                        tree.byId(r.sectionId()).map(SectionSummary::path).orElse("?"),
                        pick(r.authorIds(), bylines).stream().map(Byline::name).collect(Collectors.joining(", ")),
                        r.status(),
                        r.updatedAt(),
                        r.publishedAt(),
                        r.scheduledAt()))
                .toList();
    }

    static String url(SectionSummary section, Article article) {
        return url(section, article.getSlug());
    }

    private static String url(SectionSummary section, String slug) {
        return section.url() + "/" + slug;
    }

    /** An article's address, if its section is in the tree. */
    static Optional<String> urlIn(SectionTree tree, Article article) {
        return tree.byId(article.getSectionId()).map(section -> url(section, article));
    }

    private Map<Long, Byline> bylinesOf(Stream<List<Long>> authorIdLists) {
        List<Long> ids = authorIdLists.flatMap(List::stream).distinct().toList();
        return authors.bylines(ids).stream().collect(Collectors.toMap(Byline::id, Function.identity()));
    }

    private static List<Byline> pick(List<Long> ids, Map<Long, Byline> bylines) {
        return ids.stream().map(bylines::get).filter(Objects::nonNull).toList();
    }
}

package org.broadsheet.content.service;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.base.LikePattern;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.content.domain.ListedArticle;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Articles: what readers may see, what the desk lists, and how a new one comes to be. */
@Service
public class ArticleService {

    /** The grid columns the desk may sort by; anything else falls back to the newest first. */
    static final Set<String> DESK_SORTABLE = Set.of("title", "status", "updatedAt", "publishedAt", "scheduledAt");

    private static final Sort DESK_DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "updatedAt");

    private final ArticleRepository articles;
    private final SectionService sections;
    private final ArticleViews views;
    private final RelatedArticles relatedArticles;
    private final Redirects redirects;
    private final DeskListing deskListing;
    private final DeskCounts deskCounts;
    private final DeskFilterCount deskFilterCount;

    ArticleService(
            ArticleRepository articles,
            SectionService sections,
            ArticleViews views,
            RelatedArticles relatedArticles,
            Redirects redirects,
            DeskListing deskListing,
            DeskCounts deskCounts,
            DeskFilterCount deskFilterCount) {
        this.articles = articles;
        this.sections = sections;
        this.views = views;
        this.relatedArticles = relatedArticles;
        this.redirects = redirects;
        this.deskListing = deskListing;
        this.deskCounts = deskCounts;
        this.deskFilterCount = deskFilterCount;
    }

    /** The newest published articles, newest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Slice<ArticleTeaser> latest(Pageable pageable) {
        Slice<ListedArticle> page = articles.findPublished(pageable);
        return withContent(page, views.teasers(page.getContent()));
    }

    /** Published articles of a section and all sections below it, newest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Slice<ArticleTeaser> latestInSection(long sectionId, Pageable pageable) {
        Slice<ListedArticle> page =
                articles.findPublishedInSections(sections.tree().selfAndDescendantIds(sectionId), pageable);
        return withContent(page, views.teasers(page.getContent()));
    }

    /**
     * The latest {@code count} published articles of each section (with the sections below it),
     * leaving out the given ones, by section id, in the order given: the home page's blocks below
     * its top stories, read in one transaction, their bylines at once.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, List<ArticleTeaser>> latestInEachSection(
            List<Long> sectionIds, int count, Collection<Long> except) {
        SectionTree tree = sections.tree();
        Map<Long, Collection<Long>> subtrees = new LinkedHashMap<>();
        sectionIds.forEach(id -> subtrees.put(id, tree.selfAndDescendantIds(id)));
        Map<Long, List<ListedArticle>> found = articles.findNewestInEachGroup(subtrees, count, except);
        Map<Long, ArticleTeaser> teasers = new HashMap<>();
        views.teasers(found.values().stream().flatMap(List::stream).distinct().toList())
                .forEach(teaser -> teasers.put(teaser.id(), teaser));
        Map<Long, List<ArticleTeaser>> bySection = new LinkedHashMap<>();
        found.forEach((sectionId, list) -> bySection.put(
                sectionId,
                list.stream()
                        .map(a -> teasers.get(a.id()))
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        return bySection;
    }

    /** Published articles bylined to an author, newest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Slice<ArticleTeaser> latestByAuthor(long authorId, Pageable pageable) {
        Slice<ListedArticle> page = articles.findPublishedByAuthor(authorId, pageable);
        return withContent(page, views.teasers(page.getContent()));
    }

    /** Published articles with a tag, newest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Slice<ArticleTeaser> latestByTag(long tagId, Pageable pageable) {
        Slice<ListedArticle> page = articles.findPublishedByTag(tagId, pageable);
        return withContent(page, views.teasers(page.getContent()));
    }

    /**
     * Teasers of the given articles in the given order, leaving out any readers cannot see (e.g.
     * unpublished since a search index named them).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ArticleTeaser> publishedTeasers(List<Long> ids) {
        return views.teasers(inOrder(ids, articles.findListedAmong(ids), ListedArticle::id));
    }

    /** Desk rows of the given articles in the given order, trash left out: a search's hits. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DeskArticleRow> deskRows(List<Long> ids) {
        return views.deskRows(inOrder(
                ids,
                articles.findAllById(ids).stream()
                        .filter(a -> a.getDeletedAt() == null)
                        .toList(),
                Article::requireId));
    }

    /**
     * Articles outside the trash whose headline contains the text, newest change first: the
     * desk's filter when the search index cannot answer.
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<DeskArticleRow> deskListByTitle(String text, Pageable pageable) {
        Page<Article> page = articles.findByTitleLike(LikePattern.containing(text), deskPageable(pageable));
        return withContent(page, views.deskRows(page.getContent()));
    }

    /**
     * The address an article outside the trash has now, for the body editor's link to it (the
     * link also keeps the id, so the site follows later moves).
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> addressOf(long articleId) {
        return articles.findById(articleId)
                .filter(a -> a.getDeletedAt() == null)
                .flatMap(a -> ArticleViews.urlIn(sections.tree(), a));
    }

    /** When the oldest article readers can see was published, if any: where the archive's years start. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Instant> firstPublishedAt() {
        return Optional.ofNullable(articles.firstPublishedAt());
    }

    /** Every article id, trash included, for checking the search index against the database. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long countAll() {
        return articles.count();
    }

    /**
     * Up to {@code limit} articles to read next: the editors' pins first, then articles from
     * the same section or sharing tags, those sharing most first, newer before older. Never the
     * article itself, never one readers cannot see.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RelatedArticle> related(long articleId, int limit) {
        return articles.findById(articleId)
                .filter(Article::isVisibleToReaders)
                .map(article -> views.related(relatedArticles.choose(article, limit)))
                .orElse(List.of());
    }

    /** Every published article's URL with its last change, in pages, for the sitemap. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Slice<SitemapEntry> sitemap(Pageable pageable) {
        SectionTree tree = sections.tree();
        return articles.findSitemapRows(pageable)
                .map(row -> new SitemapEntry(
                        tree.byId(row.getSectionId()).map(SectionSummary::url).orElse("") + "/" + row.getSlug(),
                        row.getUpdatedAt()));
    }

    /** How many articles readers can see. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long countPublished() {
        return articles.countPublished();
    }

    /** The article at {@code /{sectionPath}/{slug}}, if it exists and readers may see it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublishedArticle> findPublished(String sectionPath, String slug) {
        return visibleAt(sectionPath, slug).map(views::published);
    }

    /**
     * The article at {@code /{sectionPath}/{slug}} with up to {@code related} articles to read
     * next ({@link #related}), read together: the article is read once.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ArticlePage> findPublishedPage(String sectionPath, String slug, int related) {
        return visibleAt(sectionPath, slug)
                .map(article -> new ArticlePage(
                        views.published(article), views.related(relatedArticles.choose(article, related))));
    }

    private Optional<Article> visibleAt(String sectionPath, String slug) {
        return sections.tree()
                .byPath(sectionPath)
                .flatMap(section -> articles.findBySectionIdAndSlug(section.id(), slug))
                .filter(Article::isVisibleToReaders);
    }

    /** When the article readers knew at this address left the site, if it did and is not back. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Instant> withdrawnAt(String sectionPath, String slug) {
        return sections.tree().byPath(sectionPath).flatMap(section -> articles.findWithdrawnAt(section.id(), slug));
    }

    /** Where an address that no longer exists now lives ({@code /section/slug}), if anywhere readers may go. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> redirectFor(String path) {
        return redirects.resolve(path);
    }

    /** The articles of one section outside the trash, for moving them all before the section goes. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Long> idsInSection(long sectionId) {
        return articles.findIdsInSection(sectionId);
    }

    /** Articles outside the trash that pass the filter, in a page sorted as the grid asks. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Slice<DeskArticleRow> deskList(DeskFilter filter, Pageable pageable) {
        return deskListing.page(specificationOf(filter), deskPageable(pageable), () -> deskCount(filter));
    }

    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long deskCount(DeskFilter filter) {
        Set<Long> sectionIds = sectionIdsOf(filter);
        return deskCounts.count(List.of(filter, sectionIds), () -> deskFilterCount.count(filter, sectionIds));
    }

    private org.springframework.data.jpa.domain.Specification<Article> specificationOf(DeskFilter filter) {
        return DeskFilterSpecification.of(filter, sectionIdsOf(filter));
    }

    private Set<Long> sectionIdsOf(DeskFilter filter) {
        return filter.sectionId() == null ? Set.of() : sections.tree().selfAndDescendantIds(filter.sectionId());
    }

    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<ArticleStatus, Long> countByStatus() {
        Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            counts.put(status, 0L);
        }
        articles.countByStatus().forEach(c -> counts.put(c.getStatus(), c.getCount()));
        return counts;
    }

    private static Pageable deskPageable(Pageable requested) {
        Sort sort = Sort.by(requested.getSort().stream()
                .filter(order -> DESK_SORTABLE.contains(order.getProperty()))
                .toList());
        Sort chosen = sort.isSorted() ? sort : DESK_DEFAULT_SORT;
        // the tie-break follows the sort's direction, so the database walks one index (V29) either
        // way instead of sorting each run of equal values again
        Sort.Direction last = chosen.stream().reduce((a, b) -> b).orElseThrow().getDirection();
        Sort withTieBreak = chosen.and(Sort.by(last, "id"));
        return PageRequest.of(requested.getPageNumber(), requested.getPageSize(), withTieBreak);
    }

    private static <T> List<T> inOrder(List<Long> ids, List<T> found, java.util.function.ToLongFunction<T> idOf) {
        Map<Long, T> byId = new HashMap<>();
        found.forEach(a -> byId.put(idOf.applyAsLong(a), a));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static <T> Page<T> withContent(Page<?> page, List<T> content) {
        return new PageImpl<>(content, page.getPageable(), page.getTotalElements());
    }

    private static <T> Slice<T> withContent(Slice<?> slice, List<T> content) {
        return new SliceImpl<>(content, slice.getPageable(), slice.hasNext());
    }
}

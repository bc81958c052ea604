package org.broadsheet.content.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.content.domain.Redirect;
import org.broadsheet.content.domain.RedirectRepository;
import org.broadsheet.content.domain.StaticPageRepository;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.broadsheet.taxonomy.service.SectionMoved;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps old public URLs alive. Redirects name the article or section they lead to, never a URL,
 * so however often something is renamed or moved, every old address answers with one 301 to
 * where it is now:
 * <ul>
 * <li>a moved section leaves one redirect from its old path; addresses below it are resolved by
 *     replacing that prefix, then resolving the rest again;</li>
 * <li>a moved article leaves a redirect that remembers its old section and slug, so the old
 *     address still resolves after that section has moved too.</li>
 * </ul>
 */
@Component
class Redirects {

    /** Enough for any real history of moves; stops a pathological loop. */
    private static final int MAX_HOPS = 8;

    private final RedirectRepository redirects;
    private final ArticleRepository articles;
    private final SectionService sections;
    private final StaticPageRepository staticPages;
    private final TagService tags;
    private final AuthorService authors;
    private final Clock clock;

    Redirects(
            RedirectRepository redirects,
            ArticleRepository articles,
            StaticPageRepository staticPages,
            SectionService sections,
            TagService tags,
            AuthorService authors,
            Clock clock) {
        this.redirects = redirects;
        this.staticPages = staticPages;
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.clock = clock;
    }

    void articleMoved(long articleId, SectionSummary oldSection, String oldSlug, String newPath) {
        String oldPath = oldSection.path() + "/" + oldSlug;
        replace(oldPath, newPath, Redirect.toArticle(oldPath, oldSection.id(), oldSlug, articleId, clock.instant()));
    }

    @EventListener
    void sectionMoved(SectionMoved moved) {
        replace(
                moved.oldPath(),
                moved.newPath(),
                Redirect.toSection(moved.oldPath(), moved.sectionId(), clock.instant()));
    }

    /** Where a path that no longer exists now lives, as a URL path, if readers may see it there. */
    Optional<String> resolve(String path) {
        SectionTree tree = sections.tree();
        Optional<Redirect> exact = redirects.findByOldPath(path);
        if (exact.isPresent()) {
            return target(exact.get(), tree);
        }
        Optional<SectionSummary> section = currentSection(path, tree, 0);
        if (section.isPresent()) {
            return section.map(SectionSummary::url);
        }
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String slug = path.substring(slash + 1);
        return currentSection(path.substring(0, slash), tree, 0).flatMap(home -> {
            Optional<Article> here = articles.findBySectionIdAndSlug(home.id(), slug);
            if (here.isPresent()) {
                return here.filter(Article::isVisibleToReaders).map(a -> ArticleViews.url(home, a));
            }
            return redirects
                    .findFirstByOldSectionIdAndOldSlugOrderByIdDesc(home.id(), slug)
                    .flatMap(r -> target(r, tree));
        });
    }

    /** A static page's address changed: its old address leads to it from now on. */
    void staticPageMoved(long pageId, String oldSlug, String newSlug, java.time.Instant at) {
        String prefix = StaticPageService.URL_PREFIX.substring(1);
        replace(prefix + oldSlug, prefix + newSlug, Redirect.toStaticPage(prefix + oldSlug, pageId, at));
    }

    /** A new redirect from {@code oldPath}; one that pointed away from {@code newPath} is obsolete now. */
    private void replace(String oldPath, String newPath, Redirect redirect) {
        redirects.deleteByOldPath(newPath);
        keep(redirect);
    }

    /** The redirect from its old path, in place of any that path had. */
    void keep(Redirect redirect) {
        redirects.deleteByOldPath(redirect.getOldPath());
        redirects.flush();
        redirects.save(redirect);
    }

    /** The section that is, or was, at this path. */
    private Optional<SectionSummary> currentSection(String path, SectionTree tree, int hops) {
        Optional<SectionSummary> now = tree.byPath(path);
        if (now.isPresent() || hops >= MAX_HOPS) {
            return now;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(path);
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            candidates.add(path.substring(0, slash));
        }
        return redirects.findByOldPathInAndSectionIdIsNotNull(candidates).stream()
                .max(Comparator.comparingInt(r -> r.getOldPath().length()))
                .flatMap(r -> tree.byId(Objects.requireNonNull(r.getSectionId()))
                        .flatMap(moved -> r.getOldPath().length() == path.length()
                                ? Optional.of(moved)
                                : currentSection(
                                        moved.path()
                                                + path.substring(r.getOldPath().length()),
                                        tree,
                                        hops + 1)));
    }

    private Optional<String> target(Redirect redirect, SectionTree tree) {
        if (redirect.getTagId() != null) {
            return tags.byIds(List.of(redirect.getTagId())).stream().findFirst().map(tag -> "/tag/" + tag.slug());
        }
        if (redirect.getAuthorId() != null) {
            return authors.bylines(List.of(redirect.getAuthorId())).stream()
                    .findFirst()
                    .map(Byline::url);
        }
        if (redirect.getStaticPageId() != null) {
            return staticPages
                    .findById(redirect.getStaticPageId())
                    .filter(org.broadsheet.content.domain.StaticPage::isVisibleToReaders)
                    .map(page -> StaticPageService.URL_PREFIX + page.getSlug());
        }
        if (redirect.getArticleId() != null) {
            return articles.findById(redirect.getArticleId())
                    .filter(Article::isVisibleToReaders)
                    .flatMap(a -> ArticleViews.urlIn(tree, a));
        }
        // a redirect names an article, a section or a static page
        return tree.byId(Objects.requireNonNull(redirect.getSectionId())).map(SectionSummary::url);
    }
}

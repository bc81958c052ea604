package org.broadsheet.content.service;

import java.time.Clock;
import java.util.Optional;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.HtmlSanitizer;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.domain.StaticPage;
import org.broadsheet.content.domain.StaticPageRepository;
import org.broadsheet.people.service.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** About, Cookie policy and other pages that live outside the section tree, at {@code /page/{slug}}. */
@Service
public class StaticPageService {

    public static final String URL_PREFIX = "/page/";
    public static final String ABOUT = "about";
    public static final String COOKIE_POLICY = "cookie-policy";

    private final StaticPageRepository pages;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaticPageService(StaticPageRepository pages, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.pages = pages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The address slug of the page with this id. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String slugOf(long id) {
        return pages.findById(id)
                .map(StaticPage::getSlug)
                .orElseThrow(() -> new DomainException.NotFound("No page " + id));
    }

    /**
     * Writes a page brought from another system: a new one at {@code slug}, or new words for the one
     * there. The body is kept in the article body subset.
     *
     * @return the page's id
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long keep(String slug, String title, String body) {
        Slugs.requireValid(slug);
        if (title.isBlank() || title.length() > ArticleLimits.TITLE_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "title", "A page title is required, at most " + ArticleLimits.TITLE_MAX_LENGTH + " characters");
        }
        String clean = HtmlSanitizer.articleBody(body);
        if (clean.length() > ArticleLimits.BODY_MAX_LENGTH) {
            throw new DomainException.ValidationFailed("body", "The page is longer than a body may be");
        }
        StaticPage page = pages.findBySlug(slug).orElse(null);
        if (page == null) {
            page = pages.save(new StaticPage(slug, title.strip(), clean, clock.instant()));
        } else {
            page.rewrite(title.strip(), clean, clock.instant());
        }
        audit.record("page.keep", "page:" + page.requireId(), URL_PREFIX + slug);
        events.publishEvent(new PublicContentChanged(java.util.Set.of(PublicContentChanged.page(slug))));
        return page.requireId();
    }

    /** The pages readers can open among these, by id: for menus that name pages by id. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, StaticPageView> visible(java.util.Collection<Long> ids) {
        java.util.Map<Long, StaticPageView> found = new java.util.HashMap<>();
        pages.findAllById(ids).stream()
                .filter(StaticPage::isVisibleToReaders)
                .forEach(page -> found.put(page.requireId(), view(page)));
        return found;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<StaticPageView> find(String slug) {
        return pages.findBySlug(slug).filter(StaticPage::isVisibleToReaders).map(StaticPageService::view);
    }

    private static StaticPageView view(StaticPage page) {
        return new StaticPageView(
                page.getSlug(), page.getTitle(), HtmlSanitizer.articleBody(page.getBody()), page.getUpdatedAt());
    }
}

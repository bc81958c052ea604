package org.broadsheet.content.service;

import java.time.Clock;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.people.service.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting is moving to the trash, which can be undone; only editors empty it, one article at a
 * time, and then the article and its revisions are gone.
 */
@Service
public class ArticleTrash {

    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final ArticleViews views;
    private final ArticleEvents events;
    private final AuditLog audit;
    private final Clock clock;

    ArticleTrash(
            ArticleRepository articles,
            ArticleAccess access,
            ArticleViews views,
            ArticleEvents events,
            AuditLog audit,
            Clock clock) {
        this.articles = articles;
        this.access = access;
        this.views = views;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes the article off the site and out of the desk's lists. Authors may bin their own drafts. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public void moveToTrash(long id) {
        Article article = articles.require(id);
        access.requireMayEdit(article);
        if (article.getDeletedAt() != null) {
            return;
        }
        boolean wasPublic = article.isVisibleToReaders();
        article.setDeletedAt(clock.instant());
        if (wasPublic) {
            article.setWithdrawnAt(article.getDeletedAt());
        }
        audit.record("article.trash", "article:" + id, article.getTitle());
        events.changed(article, article.getSectionId(), wasPublic);
    }

    /** Back where it was, in the status it had: a published article is public again. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public void restore(long id) {
        Article article = articles.require(id);
        access.requireMayEdit(article);
        if (article.getDeletedAt() == null) {
            return;
        }
        article.setDeletedAt(null);
        audit.record("article.restore", "article:" + id, article.getTitle());
        events.changed(article, article.getSectionId(), false);
    }

    /** Removes a binned article for good, with its revisions and redirects. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public void deletePermanently(long id) {
        Article article = articles.require(id);
        if (article.getDeletedAt() == null) {
            throw new DomainException.Conflict("Move the article to the trash first");
        }
        for (Article pinning : articles.findPinning(id)) {
            pinning.setPinnedRelatedIds(pinning.getPinnedRelatedIds().stream()
                    .filter(other -> other != id)
                    .toList());
        }
        articles.delete(article);
        audit.record("article.delete", "article:" + id, article.getTitle());
    }

    /** The trash, most recently binned first. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<DeskArticleRow> list(Pageable pageable) {
        Page<Article> page = articles.findByDeletedAtIsNotNull(PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "deletedAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        return new PageImpl<>(views.deskRows(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return articles.countByDeletedAtIsNotNull();
    }
}

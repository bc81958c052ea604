package org.broadsheet.content.service;

import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.domain.Article;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.springframework.stereotype.Component;

/**
 * Who may change which article: editors and admins any; authors only articles that carry their
 * byline, and only until an editor takes them over (drafts and review requests).
 */
@Component
class ArticleAccess {

    private final AuthorService authors;

    ArticleAccess(AuthorService authors) {
        this.authors = authors;
    }

    static boolean isEditor() {
        return CurrentActor.hasRole("EDITOR") || CurrentActor.hasRole("ADMIN");
    }

    boolean mayEdit(Article article) {
        if (isEditor()) {
            return true;
        }
        boolean open = article.getStatus() == ArticleStatus.DRAFT || article.getStatus() == ArticleStatus.IN_REVIEW;
        return open && bylined(article);
    }

    /** Whether the article carries the current user's byline. */
    boolean bylined(Article article) {
        return authors.ofCurrentUser()
                .map(Byline::id)
                .filter(article.getAuthorIds()::contains)
                .isPresent();
    }

    /** Editors read the notes on any article, authors those on articles with their byline. */
    void requireMayReadNotes(Article article) {
        if (!isEditor() && !bylined(article)) {
            throw new DomainException.Forbidden("Authors read the notes on their own articles only");
        }
    }

    void requireMayEdit(Article article) {
        if (!mayEdit(article)) {
            throw new DomainException.Forbidden(
                    isEditor()
                            ? "You may not change this article"
                            : "Authors may change only their own drafts and review requests");
        }
    }

    void requireMayTake(Workflow step) {
        if (step.editorsOnly() && !isEditor()) {
            throw new DomainException.Forbidden(
                    "Only editors may " + step.label().toLowerCase(java.util.Locale.ROOT));
        }
    }
}

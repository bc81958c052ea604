package org.broadsheet.content.service;

import java.time.Clock;
import java.util.Optional;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.WorkingCopy;
import org.broadsheet.content.domain.WorkingCopyRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Autosave: the editor's unsaved text kept on the server, per person and article, until they
 * save or throw it away. Not a revision and never public.
 */
@Service
public class WorkingCopies {

    private final WorkingCopyRepository copies;
    private final Clock clock;

    WorkingCopies(WorkingCopyRepository copies, Clock clock) {
        this.copies = copies;
        this.clock = clock;
    }

    /** Keeps the text typed over {@code baseVersion} of the article (null: a new article). */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public void keep(@Nullable Long articleId, long baseVersion, ArticleDraft draft) {
        // Cut to the columns rather than refuse: an autosave must never fail on what the form will reject later.
        String title = cut(draft.title(), Article.TITLE_MAX_LENGTH);
        if (draft.body().length() > Article.BODY_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "body", "The body is longer than " + Article.BODY_MAX_LENGTH + " characters");
        }
        String username = CurrentActor.name();
        WorkingCopy copy = copies.findMine(username, articleId).orElseGet(() -> new WorkingCopy(username, articleId));
        copy.update(
                baseVersion,
                title,
                cut(draft.slug(), org.broadsheet.base.Slugs.MAX_LENGTH),
                draft.standfirst() == null ? null : cut(draft.standfirst(), Article.STANDFIRST_MAX_LENGTH),
                draft.body(),
                clock.instant());
        copies.save(copy);
    }

    /** My autosaved text for the article (null: a new article), if I left some. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AutosavedText> mine(@Nullable Long articleId) {
        return copies.findMine(CurrentActor.name(), articleId)
                .map(c -> new AutosavedText(
                        c.getArticleId(),
                        c.getBaseVersion(),
                        c.getTitle(),
                        c.getSlug(),
                        c.getStandfirst(),
                        c.getBody(),
                        c.getSavedAt()));
    }

    /** Throws my autosaved text away: after a real save, or when I decline to restore it. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public void discard(@Nullable Long articleId) {
        copies.findMine(CurrentActor.name(), articleId).ifPresent(copies::delete);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

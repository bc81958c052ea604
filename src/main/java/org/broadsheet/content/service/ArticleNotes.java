package org.broadsheet.content.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleNote;
import org.broadsheet.content.domain.ArticleNoteRepository;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.people.service.UserAccountService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's conversation about an article, so review happens in the desk: notes anyone who may
 * change the article leaves beside the editor, and the note an editor sends a draft back with
 * ({@link ArticleEditor#sendBack}). Notes are plain text, kept in order, never edited.
 */
@Service
public class ArticleNotes {

    /** The longest note kept. */
    public static final int MAX_LENGTH = ArticleNote.BODY_MAX_LENGTH;

    /** A draft an editor sent back to the current user, with the latest note that did. */
    public record SentBack(long articleId, String title, Note note) {}

    /** One note as the desk shows it. */
    public record Note(long id, boolean sentBack, String writerName, Instant writtenAt, String text) {}

    private final ArticleNoteRepository notes;
    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final UserAccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    ArticleNotes(
            ArticleNoteRepository notes,
            ArticleRepository articles,
            ArticleAccess access,
            UserAccountService accounts,
            AuditLog audit,
            Clock clock) {
        this.notes = notes;
        this.articles = articles;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The article's notes, oldest first. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Note> of(long articleId) {
        access.requireMayReadNotes(articles.require(articleId));
        return notes.findByArticleIdOrderByCreatedAtAscIdAsc(articleId).stream()
                .map(ArticleNotes::view)
                .toList();
    }

    /**
     * The drafts bylined to {@code authorId} that an editor sent back, newest first, each with the
     * note it came back with: what that author's overview shows. The overview passes the byline it
     * was opened for rather than this reading the current user, since a desk refresh may run on the
     * thread of whoever changed an article.
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SentBack> sentBackTo(long authorId, int limit) {
        Map<Long, SentBack> latest = new LinkedHashMap<>();
        for (ArticleNote note : notes.findOnBylinedArticles(
                authorId, ArticleNote.Kind.SENT_BACK, ArticleStatus.DRAFT, PageRequest.of(0, 4 * limit))) {
            if (latest.size() < limit && !latest.containsKey(note.getArticleId())) {
                latest.put(
                        note.getArticleId(),
                        new SentBack(
                                note.getArticleId(),
                                articles.require(note.getArticleId()).getTitle(),
                                view(note)));
            }
        }
        return List.copyOf(latest.values());
    }

    /** Leaves a note on an article the user may change. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public Note add(long articleId, String text) {
        String checked = checked(text);
        Article article = articles.require(articleId);
        access.requireMayEdit(article);
        return view(record(articleId, ArticleNote.Kind.NOTE, checked));
    }

    /** The note's text as it will be kept, or why it cannot be: nothing is written then. */
    static String checked(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new DomainException.ValidationFailed("note", "Write the note");
        }
        if (stripped.length() > ArticleNote.BODY_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "note",
                    "Keep the note under " + ArticleNote.BODY_MAX_LENGTH + " characters (it has " + stripped.length()
                            + ")");
        }
        return stripped;
    }

    /** Writes a checked note by the current user, within the caller's transaction. */
    ArticleNote record(long articleId, ArticleNote.Kind kind, String checkedText) {
        String username = CurrentActor.name();
        ArticleNote note = notes.save(new ArticleNote(
                articleId,
                kind,
                username,
                accounts.displayName(username).orElse(username),
                checkedText,
                clock.instant()));
        audit.record(
                kind == ArticleNote.Kind.SENT_BACK ? "article.note.sent-back" : "article.note",
                "article:" + articleId,
                checkedText.length() > 120 ? checkedText.substring(0, 120) + "…" : checkedText);
        return note;
    }

    private static Note view(ArticleNote note) {
        return new Note(
                note.requireId(),
                note.getKind() == ArticleNote.Kind.SENT_BACK,
                note.getWriterName(),
                note.getCreatedAt(),
                note.getBody());
    }
}

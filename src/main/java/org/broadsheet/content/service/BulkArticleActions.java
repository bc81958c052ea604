package org.broadsheet.content.service;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Applies a bulk action to one article at a time, as an ordinary save by the person asking, so
 * each row is checked against their rights and written as a revision; a refusal names the reason
 * and leaves the row as it was. The caller runs through the selection and reports progress.
 */
@Service
public class BulkArticleActions {

    private final ArticleEditor editor;
    private final ArticleTrash trash;

    BulkArticleActions(ArticleEditor editor, ArticleTrash trash) {
        this.editor = editor;
        this.trash = trash;
    }

    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    public BulkOutcome apply(BulkAction action, long articleId) {
        String title = "#" + articleId;
        try {
            EditableArticle article = editor.open(articleId);
            title = article.draft().title();
            switch (action.kind()) {
                case PUBLISH -> step(article, Workflow.PUBLISH);
                case UNPUBLISH -> step(article, Workflow.UNPUBLISH);
                case MOVE_TO_SECTION ->
                    editor.save(articleId, article.version(), moved(article, action), Workflow.SAVE, null);
                case ADD_TAG -> editor.save(articleId, article.version(), tagged(article, action), Workflow.SAVE, null);
                case TRASH -> trash.moveToTrash(articleId);
            }
            return BulkOutcome.done(articleId, title);
        } catch (DomainException e) {
            return BulkOutcome.refused(articleId, title, e.getMessage());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return BulkOutcome.refused(articleId, title, "Not allowed for your role");
        }
    }

    private void step(EditableArticle article, Workflow step) {
        if (!step.appliesTo(article.status())) {
            throw new DomainException.Conflict(
                    "Already " + article.status().label().toLowerCase(java.util.Locale.ROOT));
        }
        editor.save(article.id(), article.version(), article.draft(), step, null);
    }

    private static ArticleDraft moved(EditableArticle article, BulkAction action) {
        return article.draft().withSection(Objects.requireNonNull(action.targetId()));
    }

    private static ArticleDraft tagged(EditableArticle article, BulkAction action) {
        Set<Long> tags = new HashSet<>(article.draft().tagIds());
        tags.add(Objects.requireNonNull(action.targetId()));
        return article.draft().withTagIds(tags);
    }
}

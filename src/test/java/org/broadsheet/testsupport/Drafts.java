package org.broadsheet.testsupport;

import java.util.List;
import java.util.Set;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.Workflow;
import org.jspecify.annotations.Nullable;

/** Article drafts for tests: a headline, its slug, a line of body, a section, nothing else. */
public final class Drafts {

    private Drafts() {}

    /** A draft with the given text, section, bylines and tags, and nothing else. */
    public static ArticleDraft of(
            String title,
            String slug,
            @Nullable String standfirst,
            String body,
            long sectionId,
            List<Long> authorIds,
            Set<Long> tagIds) {
        return new ArticleDraft(
                title, slug, standfirst, body, sectionId, authorIds, tagIds, null, null, List.of(), null, Set.of());
    }

    public static ArticleDraft titled(String title, long sectionId) {
        return of(title, Slugs.slugify(title), null, "<p>First lines.</p>", sectionId, List.of(), Set.of());
    }

    /** Moves an article to another section and slug the way the desk does: one save of its draft. */
    public static void move(ArticleEditor editor, long articleId, long sectionId, String slug) {
        EditableArticle opened = editor.open(articleId);
        ArticleDraft d = opened.draft().withSection(sectionId);
        editor.save(
                articleId,
                opened.version(),
                d.withText(d.title(), slug, d.standfirst(), d.body()),
                Workflow.SAVE,
                null);
    }

    /** The id of the section at this path, read as the system. */
    public static long sectionAt(org.broadsheet.taxonomy.service.SectionService sections, String path) {
        return org.broadsheet.base.SystemActor.call(
                () -> sections.tree().byPath(path).orElseThrow().id());
    }
}

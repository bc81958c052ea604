package org.broadsheet.testsupport;

import java.util.List;
import java.util.Set;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.service.ArticleDraft;

/** Article drafts for tests: a headline, its slug, a line of body, a section, nothing else. */
public final class Drafts {

    private Drafts() {}

    public static ArticleDraft titled(String title, long sectionId) {
        return new ArticleDraft(
                title,
                Slugs.slugify(title),
                null,
                "<p>First lines.</p>",
                sectionId,
                List.of(),
                Set.of(),
                null,
                null,
                List.of());
    }
}

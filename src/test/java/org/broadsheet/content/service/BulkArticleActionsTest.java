package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.taxonomy.service.TagSummary;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Bulk actions check every row against the caller's rights and say why a row was left alone. */
@BroadsheetTest
class BulkArticleActionsTest {

    @Autowired
    BulkArticleActions bulk;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Autowired
    TagService tags;

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void anAuthorsBulkPublishIsRefusedRowByRowWithTheReason() {
        long id = SystemActor.call(() -> draft("Bulk refusal"));
        BulkOutcome outcome = bulk.apply(BulkAction.publish(), id);
        assertThat(outcome.done()).isFalse();
        assertThat(outcome.title()).isEqualTo("Bulk refusal");
        assertThat(outcome.refusal()).isNotBlank();
        assertThat(SystemActor.call(() -> editor.open(id)).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anEditorMovesTagsAndPublishesInBulk() {
        long first = draft("Bulk one");
        long second = draft("Bulk two");
        long venezuela =
                sections.tree().byPath("americas/venezuela").orElseThrow().id();
        TagSummary tag = tags.findOrCreate("Bulk tag");

        for (long id : List.of(first, second)) {
            assertThat(bulk.apply(BulkAction.moveToSection(venezuela, "Venezuela"), id)
                            .done())
                    .isTrue();
            assertThat(bulk.apply(BulkAction.addTag(tag.id(), tag.name()), id).done())
                    .isTrue();
            assertThat(bulk.apply(BulkAction.publish(), id).done()).isTrue();
        }
        BulkOutcome again = bulk.apply(BulkAction.publish(), first);
        assertThat(again.done()).isFalse();
        assertThat(again.refusal()).isEqualTo("Already published");
        EditableArticle moved = editor.open(second);
        assertThat(moved.draft().sectionId()).isEqualTo(venezuela);
        assertThat(moved.draft().tagIds()).contains(tag.id());
        assertThat(moved.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    private long draft(String title) {
        long bolivia = sections.tree().byPath("americas/bolivia").orElseThrow().id();
        return editor.create(Drafts.titled(title, bolivia), Workflow.SAVE, null).id();
    }
}

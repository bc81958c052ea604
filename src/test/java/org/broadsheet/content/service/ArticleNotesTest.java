package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Review in the desk: an editor sends a draft back with a note, the author reads it and answers. */
@BroadsheetTest
class ArticleNotesTest {

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleNotes notes;

    @Autowired
    SectionService sections;

    @Test
    void anEditorSendsAReviewRequestBackWithANoteTheAuthorReadsAndAnswers() throws Exception {
        EditableArticle submitted = tomSubmits("Rents in El Alto");

        EditableArticle sent = Acting.as(
                "ana",
                "EDITOR",
                () -> editor.sendBack(
                        submitted.id(),
                        submitted.version(),
                        submitted.draft(),
                        "  Name the landlords' association.  "));

        assertThat(sent.status()).isEqualTo(ArticleStatus.DRAFT);
        var thread = Acting.as("tom", "AUTHOR", () -> notes.of(submitted.id()));
        assertThat(thread).singleElement().satisfies(note -> {
            assertThat(note.sentBack()).isTrue();
            assertThat(note.text()).isEqualTo("Name the landlords' association.");
            assertThat(note.writerName()).isEqualTo("Ana Quispe");
        });

        Acting.as("tom", "AUTHOR", () -> notes.add(submitted.id(), "Done, see the second paragraph."));
        assertThat(Acting.as("ana", "EDITOR", () -> notes.of(submitted.id())))
                .extracting(ArticleNotes.Note::text, ArticleNotes.Note::sentBack)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Name the landlords' association.", true),
                        org.assertj.core.groups.Tuple.tuple("Done, see the second paragraph.", false));
    }

    @Test
    void aSendBackWithoutAUsableNoteChangesNothing() throws Exception {
        EditableArticle submitted = tomSubmits("Water meters");

        for (String bad : new String[] {"", "   ", "x".repeat(ArticleNotes.MAX_LENGTH + 1)}) {
            assertThatThrownBy(() -> Acting.as(
                            "ana",
                            "EDITOR",
                            () -> editor.sendBack(submitted.id(), submitted.version(), submitted.draft(), bad)))
                    .isInstanceOf(DomainException.ValidationFailed.class)
                    .satisfies(e -> assertThat(((DomainException.ValidationFailed) e).field())
                            .isEqualTo("note"));
        }
        assertThatThrownBy(() -> Acting.as(
                        "ana",
                        "EDITOR",
                        () -> editor.save(
                                submitted.id(), submitted.version(), submitted.draft(), Workflow.SEND_BACK, null)))
                .as("a send back is never without its note")
                .isInstanceOf(DomainException.ValidationFailed.class);

        assertThat(Acting.as("ana", "EDITOR", () -> editor.open(submitted.id()).status()))
                .isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(Acting.as("ana", "EDITOR", () -> notes.of(submitted.id()))).isEmpty();
    }

    @Test
    void onlyEditorsSendBackAndAuthorsKeepToTheirOwnArticlesNotes() throws Exception {
        EditableArticle submitted = tomSubmits("Bus fares");
        assertThatThrownBy(() -> Acting.as(
                        "tom",
                        "AUTHOR",
                        () -> editor.sendBack(submitted.id(), submitted.version(), submitted.draft(), "Mine")))
                .isInstanceOf(AccessDeniedException.class);

        long anas = Acting.as(
                        "ana",
                        "EDITOR",
                        () -> editor.create(Drafts.titled("Ana's own piece", bolivia()), Workflow.SAVE, null))
                .id();
        Acting.as("ana", "EDITOR", () -> notes.add(anas, "A note between editors"));
        assertThatThrownBy(() -> Acting.as("tom", "AUTHOR", () -> notes.of(anas)))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> Acting.as("tom", "AUTHOR", () -> notes.add(anas, "Hello")))
                .isInstanceOf(DomainException.Forbidden.class);
    }

    private EditableArticle tomSubmits(String title) throws Exception {
        return Acting.as("tom", "AUTHOR", () -> {
            ArticleDraft blank = editor.blank();
            ArticleDraft mine = Drafts.of(
                    title,
                    org.broadsheet.base.Slugs.slugify(title),
                    null,
                    "<p>Text.</p>",
                    bolivia(),
                    blank.authorIds(),
                    Set.of());
            EditableArticle created = editor.create(mine, Workflow.SAVE, null);
            return editor.save(created.id(), created.version(), mine, Workflow.SUBMIT, null);
        });
    }

    private long bolivia() {
        return org.broadsheet.base.SystemActor.call(
                () -> sections.tree().byPath("americas/bolivia").orElseThrow().id());
    }
}

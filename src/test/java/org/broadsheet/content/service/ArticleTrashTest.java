package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.broadsheet.base.DomainException;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.ActingAs;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@BroadsheetTest
class ArticleTrashTest {

    @Autowired
    ArticleTrash trash;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleService articles;

    @Autowired
    WorkingCopies workingCopies;

    @Autowired
    SectionService sections;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void binnedArticlesLeaveTheSiteAndTheListsUntilRestored() {
        EditableArticle article = published("Binned and back");
        trash.moveToTrash(article.id());

        assertThat(articles.findPublished("americas/bolivia", "binned-and-back"))
                .isEmpty();
        assertThat(articles.deskRows(List.of(article.id()))).isEmpty();
        assertThat(trash.list(PageRequest.of(0, 50)).getContent())
                .extracting(DeskArticleRow::id)
                .contains(article.id());
        assertThatThrownBy(() -> editor.save(article.id(), article.version(), article.draft(), Workflow.SAVE, null))
                .isInstanceOf(DomainException.Conflict.class);

        trash.restore(article.id());
        assertThat(articles.findPublished("americas/bolivia", "binned-and-back"))
                .isPresent();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void onlyBinnedArticlesAreDeletedForGood() {
        EditableArticle article = published("Gone for good");
        assertThatThrownBy(() -> trash.deletePermanently(article.id())).isInstanceOf(DomainException.Conflict.class);
        trash.moveToTrash(article.id());
        trash.deletePermanently(article.id());
        assertThatThrownBy(() -> editor.open(article.id())).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void authorsCannotEmptyTheTrash() {
        assertThatThrownBy(() -> trash.deletePermanently(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void autosavedTextIsEachPersonsOwn() {
        ActingAs.run("ana", () -> workingCopies.keep(null, 0, draft("Ana's unsaved words")));
        ActingAs.run("tom", () -> assertThat(workingCopies.mine(null)).isEmpty());
        ActingAs.run("ana", () -> {
            assertThat(workingCopies.mine(null))
                    .hasValueSatisfying(t -> assertThat(t.title()).isEqualTo("Ana's unsaved words"));
            workingCopies.keep(null, 0, draft("Ana's second try"));
            assertThat(workingCopies.mine(null).orElseThrow().title()).isEqualTo("Ana's second try");
            workingCopies.discard(null);
            assertThat(workingCopies.mine(null)).isEmpty();
        });
    }

    private EditableArticle published(String title) {
        EditableArticle created = editor.create(draft(title), Workflow.PUBLISH, null);
        return created;
    }

    private ArticleDraft draft(String title) {
        long bolivia = sections.tree().byPath("americas/bolivia").orElseThrow().id();
        return Drafts.titled(title, bolivia);
    }
}

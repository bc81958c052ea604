package org.broadsheet.desk.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleStatus;
import org.broadsheet.content.service.ArticleTrash;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.desk.articles.ArticlesView;
import org.broadsheet.desk.authors.AuthorsView;
import org.broadsheet.desk.sections.SectionsView;
import org.broadsheet.desk.tags.TagsView;
import org.broadsheet.desk.trash.TrashView;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The trash view. */
@BroadsheetTest
class TrashViewTest extends SpringBrowserlessTest {

    @Autowired ArticleEditor editor;
    @Autowired ArticleTrash trash;
    @Autowired SectionService sections;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void theTrashListsBinnedArticlesAndRestoresThem() {
        long id = SystemActor.call(() -> {
            long bolivia = sections.tree().byPath("americas/bolivia").orElseThrow().id();
            long created = editor.create(new ArticleDraft("Binned in the view", "binned-in-the-view", null, "", bolivia,
                    List.of(), Set.of(), null, null, List.of()), Workflow.SAVE, null).id();
            trash.moveToTrash(created);
            return created;
        });
        TrashView view = navigate(TrashView.class);
        List<Long> ids = new java.util.ArrayList<>();
        for (int row = 0; row < test(view.grid).size(); row++) {
            ids.add(test(view.grid).getRow(row).id());
        }
        assertThat(ids).contains(id);
    }
}

package org.broadsheet.desk.trash;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleTrash;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The trash view. */
@BroadsheetTest
class TrashViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleTrash trash;

    @Autowired
    SectionService sections;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void theTrashListsBinnedArticlesAndRestoresThem() {
        long id = SystemActor.call(() -> {
            long bolivia =
                    sections.tree().byPath("americas/bolivia").orElseThrow().id();
            long created = editor.create(Drafts.titled("Binned in the view", bolivia), Workflow.SAVE, null)
                    .id();
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

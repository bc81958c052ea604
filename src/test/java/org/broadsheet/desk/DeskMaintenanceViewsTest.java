package org.broadsheet.desk;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.broadsheet.desk.authors.AuthorsView;
import org.broadsheet.desk.sections.SectionsView;
import org.broadsheet.desk.tags.TagsView;
import org.broadsheet.desk.trash.TrashView;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Which of the desk's maintenance views each role may open. */
@BroadsheetTest
class DeskMaintenanceViewsTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void authorsMayNotOpenSectionsTagsOrAuthors() {
        for (Class<? extends com.vaadin.flow.component.Component> view :
                List.of(SectionsView.class, TagsView.class, AuthorsView.class)) {
            assertThatThrownBy(() -> navigate(view))
                    .as(view.getSimpleName())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatCode(() -> navigate(TrashView.class)).as("the trash").doesNotThrowAnyException();
    }
}

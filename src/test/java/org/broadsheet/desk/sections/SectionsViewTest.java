package org.broadsheet.desk.sections;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The section tree view. */
@BroadsheetTest
class SectionsViewTest extends SpringBrowserlessTest {

    @Autowired
    SectionService sections;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void theSectionTreeShowsEverySection() {
        SectionsView view = navigate(SectionsView.class);
        assertThat(test(view.grid).size()).isEqualTo(sections.tree().size());
    }
}

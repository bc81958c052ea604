package org.broadsheet.desk.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The articles grid's filters and bulk actions for each role. */
@BroadsheetTest
class ArticleFiltersAndBulkTest extends SpringBrowserlessTest {

    @Autowired
    SectionService sections;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void filtersComeFromTheAddressAndNarrowTheList() {
        UI.getCurrent().navigate(ArticlesView.class, QueryParameters.of("status", "IN_REVIEW"));
        ArticlesView view = (ArticlesView) getCurrentView();
        assertThat(view.filters.status.getValue()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(test(view.grid).size()).isPositive();
        for (int row = 0; row < test(view.grid).size(); row++) {
            assertThat(test(view.grid).getRow(row).status()).isEqualTo(ArticleStatus.IN_REVIEW);
        }

        SectionSummary bolivia = sections.tree().byPath("americas/bolivia").orElseThrow();
        UI.getCurrent().navigate(ArticlesView.class, QueryParameters.of("section", Long.toString(bolivia.id())));
        view = (ArticlesView) getCurrentView();
        assertThat(view.filters.section.getValue()).isEqualTo(bolivia);
        for (int row = 0; row < test(view.grid).size(); row++) {
            assertThat(test(view.grid).getRow(row).sectionPath()).startsWith("americas/bolivia");
        }
        assertThat(view.filters.toParameters("").getQueryString()).isEqualTo("section=" + bolivia.id());
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void authorsGetNoPublishButtonsInBulk() {
        ArticlesView view = navigate(ArticlesView.class);
        assertThat(view.bulk.isVisible()).as("nothing selected").isFalse();
        assertThat(view.bulk.getChildren())
                .as("no controls kept before a selection")
                .isEmpty();
        test(view.grid).select(0);
        assertThat(view.bulk.isVisible()).isTrue();
        assertThat(view.bulk.controls().publish.isVisible()).isFalse();
        assertThat(view.bulk.controls().trash.isVisible()).isTrue();
        assertThat(view.bulk.controls().trash.isEnabled()).isTrue();
        assertThat(view.bulk.controls().selected.getText()).isEqualTo("1 article selected");
        view.grid.deselectAll();
        assertThat(view.bulk.isVisible()).as("selection cleared").isFalse();
    }
}

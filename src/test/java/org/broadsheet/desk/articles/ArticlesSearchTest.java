package org.broadsheet.desk.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The articles grid's search field: relevance order, every status, and the words in the address. */
@BroadsheetTest
class ArticlesSearchTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void typedWordsListMatchesInOrderOfRelevanceWhateverTheirStatus() {
        ArticlesView view = navigate(ArticlesView.class);
        int all = test(view.grid).size();

        test(view.search).setValue("pharmacy desert");

        assertThat(test(view.grid).size()).isLessThan(all).isPositive();
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("Living in a pharmacy desert");
        assertThat(view.searchUnavailable.isVisible()).isFalse();

        test(view.search).setValue("");
        assertThat(test(view.grid).size()).isEqualTo(all);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aSearchInTheAddressIsRunOnArrival() {
        UI.getCurrent().navigate(ArticlesView.class, QueryParameters.of("q", "glacier"));
        ArticlesView view = (ArticlesView) getCurrentView();

        assertThat(view.search.getValue()).isEqualTo("glacier");
        List<String> titles = new ArrayList<>();
        for (int row = 0; row < test(view.grid).size(); row++) {
            titles.add(test(view.grid).getRow(row).title());
        }
        assertThat(titles).first().isEqualTo("The glacier that fed two cities is almost gone");
    }
}

package org.broadsheet.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.desk.articles.ArticlesView;
import org.broadsheet.desk.overview.OverviewView;
import org.broadsheet.testsupport.BroadsheetTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The desk's views without a browser: what each role gets, and that the grid pages lazily. */
@BroadsheetTest
class DeskViewsTest extends SpringBrowserlessTest {

    /**
     * Anonymous requests never reach Vaadin (LoginPagesHttpTest); should one, the views' own rules
     * still refuse to open (Vaadin then leaves for the login page, which is not one of its routes).
     */
    @Test
    void anonymousVisitorsCannotOpenDeskViews() {
        assertThatThrownBy(() -> navigate(ArticlesView.class)).isNotInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> navigate(OverviewView.class)).isNotInstanceOf(AssertionError.class);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void editorsSeeEveryArticleInALazyGrid() {
        navigate(ArticlesView.class);
        @SuppressWarnings("unchecked")
        Grid<DeskArticleRow> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(33);
        assertThat(grid.getColumnByKey("title").isSortable()).isTrue();
        assertThat(grid.getColumnByKey("status").isSortable()).isTrue();
        assertThat(grid.getColumnByKey("updated").isSortable()).isTrue();
        assertThat(grid.getColumnByKey("section").isSortable()).isFalse();
        assertThat(test(grid).getLitRendererPropertyValue(0, "title", "title", String.class))
                .isNotBlank();
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void authorsReachTheOverviewWithCountsByStatus() {
        navigate(OverviewView.class);
        assertThat(find(Div.class).withClassName("status-count").all()).hasSize(5);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void navigationOffersTheViewsTheRoleMayOpen() {
        navigate(OverviewView.class);
        assertThat(navigationLabels()).contains("Overview", "Articles", "Sections");
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void navigationLeavesOutTheViewsTheRoleMayNotOpen() {
        navigate(OverviewView.class);
        assertThat(navigationLabels()).contains("Overview", "Articles").doesNotContain("Users", "Sections");
    }

    private List<String> navigationLabels() {
        Html navigation = find(Html.class).all().stream()
                .filter(html -> html.getElement().getTag().equals("vaadin-side-nav"))
                .findFirst()
                .orElseThrow();
        return Jsoup.parseBodyFragment(navigation.getInnerHtml())
                .select("vaadin-side-nav-item")
                .eachText();
    }
}

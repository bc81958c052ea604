package org.broadsheet.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DeskNavigationTest {

    @Test
    void eachEntryBecomesAnItemWithItsPathIconAndTitleInOrder() {
        var html = DeskNavigation.of(List.of(
                new MenuEntry("/desk/articles", "Articles", 1.0, "vaadin:newspaper", null),
                new MenuEntry("/desk/trash", "Trash", 2.0, null, null)));

        assertThat(html.getElement().getTag()).isEqualTo("vaadin-side-nav");
        assertThat(html.getElement().getAttribute("aria-label")).isEqualTo("Desk");
        var items = Jsoup.parseBodyFragment(html.getInnerHtml()).select("vaadin-side-nav-item");
        assertThat(items.eachText()).containsExactly("Articles", "Trash");
        assertThat(items.eachAttr("path")).containsExactly("desk/articles", "desk/trash");
        Element icon = items.getFirst().selectFirst("vaadin-icon");
        assertThat(icon).isNotNull();
        assertThat(icon.attr("icon")).isEqualTo("vaadin:newspaper");
        assertThat(icon.attr("slot")).isEqualTo("prefix");
        assertThat(items.get(1).select("vaadin-icon")).isEmpty();
    }

    @Test
    void titlesAndPathsAreWrittenAsTextNotMarkup() {
        var html = DeskNavigation.of(List.of(new MenuEntry("/desk/x\"><script>", "<b>Bold</b> & co", 1.0, null, null)));

        var fragment = Jsoup.parseBodyFragment(html.getInnerHtml());
        assertThat(fragment.select("script, b")).isEmpty();
        assertThat(fragment.select("vaadin-side-nav-item").text()).isEqualTo("<b>Bold</b> & co");
        assertThat(fragment.select("vaadin-side-nav-item").attr("path")).isEqualTo("desk/x\"><script>");
    }
}

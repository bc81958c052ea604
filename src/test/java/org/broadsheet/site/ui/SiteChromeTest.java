package org.broadsheet.site.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.site.ui.SiteFrames.frame;
import static org.broadsheet.site.ui.SiteFrames.site;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.broadsheet.site.service.MenuLink;
import org.broadsheet.site.service.Navigation;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.SectionTrees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The header and footer are written once for what they show, and again as soon as any of it changes. */
class SiteChromeTest {

    static final SectionSummary AMERICAS = new SectionSummary(1, "Americas", "americas", "americas", null, 1, null);
    static final SectionSummary AFRICA = new SectionSummary(2, "Africa", "africa", "africa", null, 2, null);

    final SiteIdentity site = site("The Courier");
    final SectionTree sections = SectionTrees.of(AMERICAS);

    @Test
    void theSamePageTwiceIsTheSameHtml() {
        SiteFrame frame = frame(site, sections, Navigation.DEFAULT);

        assertThat(page(frame, "")).isEqualTo(page(frame, ""));
    }

    @Test
    void aNewSiteNameSectionOrMenuEntryShowsOnTheNextPage() {
        page(frame(site, sections, Navigation.DEFAULT), "");

        Document renamed = Jsoup.parse(page(frame(site("The Evening Courier"), sections, Navigation.DEFAULT), ""));
        assertThat(renamed.select("header .site-name").text()).isEqualTo("The Evening Courier");
        assertThat(renamed.select("footer").text()).contains("The Evening Courier");

        Document moreSections =
                Jsoup.parse(page(frame(site, SectionTrees.of(AMERICAS, AFRICA), Navigation.DEFAULT), ""));
        assertThat(moreSections.select("header nav a").eachText()).contains("Americas", "Africa");
        assertThat(moreSections.select("footer a").eachText()).contains("Africa");

        Navigation menus = new Navigation(
                List.of(new MenuLink("Donate", "/page/donate", false, List.of())),
                List.of(new MenuLink("Imprint", "/page/imprint", false, List.of())));
        Document withMenus = Jsoup.parse(page(frame(site, sections, menus), ""));
        assertThat(withMenus.select("header nav a").eachText()).contains("Donate");
        assertThat(withMenus.select("footer a").eachText()).contains("Imprint");
    }

    @Test
    void aSearchPageKeepsItsWordsInTheHeadersSearchBox() {
        SiteFrame frame = frame(site, sections, Navigation.DEFAULT);
        page(frame, "");

        Document search = Jsoup.parse(page(frame, "cable cars"));

        assertThat(search.select("header input[type=search]").attr("value")).isEqualTo("cable cars");
        assertThat(Jsoup.parse(page(frame, ""))
                        .select("header input[type=search]")
                        .attr("value"))
                .isEmpty();
    }

    @Test
    void noPlaceholderIsLeftInAPage() {
        String page = page(frame(site, sections, Navigation.DEFAULT), "");

        assertThat(page).doesNotContain(SiteChrome.HEADER_SLOT, SiteChrome.FOOTER_SLOT);
        assertThat(Jsoup.parse(page).select("body > header + main + footer")).hasSize(1);
    }

    private static String page(SiteFrame frame, String query) {
        return SitePage.render(
                frame, PageMeta.website("A page", null, null), query, new Paragraph("What the page says."));
    }
}

package org.broadsheet.site.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.StaticPageEditor;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.Drafts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** The editors' menus replace the default navigation on every page, and go back to it when emptied. */
@BroadsheetWebTest
class MenuServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    MenuService menus;

    @Autowired
    ArticleEditor editor;

    @Autowired
    StaticPageEditor pages;

    @Autowired
    SectionService sections;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @AfterEach
    void defaultsAgain() {
        SystemActor.run(() -> {
            for (MenuService.Menu menu : MenuService.Menu.values()) {
                menus.save(menu, menus.open(menu).version(), List.of());
            }
        });
    }

    @Test
    void anArrangedHeaderWithADropDownAndFooterLinksShowOnEveryPage() throws Exception {
        long africa = section("africa");
        long bolivia = section("americas/bolivia");
        long about = SystemActor.call(() -> pages.list().stream()
                .filter(r -> r.url().equals("/page/about"))
                .findFirst()
                .orElseThrow()
                .id());
        EditableArticle guide = SystemActor.call(() -> editor.create(
                Drafts.of("How to vote on Sunday", "how-to-vote", null, "<p>x</p>", bolivia, List.of(), Set.of()),
                Workflow.PUBLISH,
                null));
        assertThat(nav(get("/")).select("> ul > li > a").eachText())
                .as("the default: top-level sections")
                .contains("Africa");

        arrange(
                MenuService.Menu.HEADER,
                List.of(
                        new MenuEntry(MenuEntry.Kind.SECTION, bolivia, null, "Bolivia", false),
                        new MenuEntry(MenuEntry.Kind.ARTICLE, guide.id(), null, "Voting guide", true),
                        new MenuEntry(MenuEntry.Kind.PAGE, about, null, "Who we are", false),
                        new MenuEntry(MenuEntry.Kind.LINK, null, "https://donate.example.org/now", "Donate", false)));
        arrange(
                MenuService.Menu.FOOTER,
                List.of(new MenuEntry(MenuEntry.Kind.SECTION, africa, null, "Africa desk", false)));

        for (String path : List.of("/", "/africa", guide.url())) {
            Document page = get(path);
            org.jsoup.nodes.Element nav = nav(page);
            assertThat(nav.select("> ul > li > a").eachText())
                    .as(path)
                    .containsExactly("Bolivia", "Who we are", "Donate");
            assertThat(nav.select("> ul > li > a").eachAttr("href"))
                    .containsExactly("/americas/bolivia", "/page/about", "https://donate.example.org/now");
            assertThat(nav.select("ul.sub-sections a").attr("href")).isEqualTo(guide.url());
            assertThat(nav.select("a[href^=https]").attr("rel")).contains("noopener");
            assertThat(page.select("footer.site-footer a").eachText())
                    .contains("Africa desk")
                    .doesNotContain("Sitemap");
        }

        SystemActor.call(() -> {
            EditableArticle now = editor.open(guide.id());
            return editor.save(guide.id(), now.version(), now.draft(), Workflow.UNPUBLISH, null);
        });
        assertThat(nav(get("/africa")).select("ul.sub-sections a"))
                .as("an unpublished article leaves the menu of every page")
                .isEmpty();
    }

    @Test
    void anArticleChangeFromAnotherNodeReachesTheMenuOutsideAnyTransaction() throws Exception {
        long bolivia = section("americas/bolivia");
        EditableArticle named = SystemActor.call(() -> editor.create(
                Drafts.of(
                        "Polling stations map", "polling-stations-map", null, "<p>x</p>", bolivia, List.of(), Set.of()),
                Workflow.PUBLISH,
                null));
        arrange(
                MenuService.Menu.HEADER,
                List.of(new MenuEntry(MenuEntry.Kind.ARTICLE, named.id(), null, "Where to vote", false)));
        assertThat(SystemActor.call(() -> menus.navigation().header()))
                .extracting(MenuLink::label)
                .containsExactly("Where to vote");

        // what the change feed does with another node's change: a plain event, no transaction around it
        events.publishEvent(new org.broadsheet.base.PublicContentChanged(
                Set.of(org.broadsheet.base.PublicContentChanged.article(named.id()))));

        assertThat(SystemActor.call(() -> menus.navigation().header()))
                .extracting(MenuLink::label)
                .containsExactly("Where to vote");
    }

    @Test
    void badEntriesAreRefusedWithTheirReasonAndTheMenuStaysAsItWas() throws Exception {
        MenuService.Plan before = SystemActor.call(() -> menus.open(MenuService.Menu.HEADER));
        assertRefused(
                MenuService.Menu.HEADER,
                new MenuEntry(MenuEntry.Kind.LINK, null, "javascript:alert(1)", "x", false),
                "url");
        assertRefused(
                MenuService.Menu.HEADER, new MenuEntry(MenuEntry.Kind.LINK, null, "//evil.example", "x", false), "url");
        assertRefused(
                MenuService.Menu.HEADER,
                new MenuEntry(MenuEntry.Kind.LINK, null, "/page/about", "x".repeat(61), false),
                "label");
        assertRefused(
                MenuService.Menu.HEADER, new MenuEntry(MenuEntry.Kind.SECTION, null, null, "Nowhere", false), "target");
        assertRefused(
                MenuService.Menu.HEADER, new MenuEntry(MenuEntry.Kind.LINK, null, "/x", "First", true), "entries");
        assertThat(SystemActor.call(() -> menus.open(MenuService.Menu.HEADER))).isEqualTo(before);

        long opened = before.version();
        Acting.as(
                "ana",
                "EDITOR",
                () -> menus.save(
                        MenuService.Menu.HEADER,
                        opened,
                        List.of(new MenuEntry(MenuEntry.Kind.LINK, null, "/corrections", "Fixes", false))));
        assertThatThrownBy(
                        () -> Acting.as("luis", "EDITOR", () -> menus.save(MenuService.Menu.HEADER, opened, List.of())))
                .isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> Acting.as("tom", "AUTHOR", () -> menus.open(MenuService.Menu.FOOTER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Ana, an editor, arranges the menu as it stands now. */
    private void arrange(MenuService.Menu menu, List<MenuEntry> entries) throws Exception {
        Acting.as("ana", "EDITOR", () -> menus.save(menu, menus.open(menu).version(), entries));
    }

    private void assertRefused(MenuService.Menu menu, MenuEntry bad, String field) {
        assertThatThrownBy(() -> Acting.as(
                        "ana", "EDITOR", () -> menus.save(menu, menus.open(menu).version(), List.of(bad))))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .satisfies(e -> assertThat(((DomainException.ValidationFailed) e).field())
                        .isEqualTo(field));
    }

    private long section(String path) {
        return SystemActor.call(() -> sections.tree().byPath(path).orElseThrow().id());
    }

    private static org.jsoup.nodes.Element nav(Document page) {
        return page.selectFirst("header.site-header nav.sections");
    }

    private Document get(String path) throws Exception {
        return Jsoup.parse(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body());
    }
}

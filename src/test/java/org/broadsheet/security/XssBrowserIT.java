package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.CorrectionKind;
import org.broadsheet.content.FrontPick;
import org.broadsheet.content.service.ArticleCorrections;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleNotes;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DraftShares;
import org.broadsheet.content.service.FrontService;
import org.broadsheet.content.service.StaticPageEditor;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.broadsheet.site.service.MenuEntry;
import org.broadsheet.site.service.MenuService;
import org.broadsheet.site.service.SettingsChanges;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole XSS corpus pushed through every input a page shows (headline, standfirst, body,
 * section description, author name and bio, tag names, tagline, search box, front headlines,
 * corrections, notes, a static page, a preview link, menu labels), then the public
 * pages and desk views opened in Chromium with alert, confirm and prompt hooked: nothing may
 * run and no javascript: URL may survive.
 */
@BroadsheetWebTest
@TestPropertySource(properties = "broadsheet.page-cache-size=4999") // a context of its own: it defaces the site
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssBrowserIT {

    static final int ARTICLES = 10;

    @LocalServerPort
    int port;

    @Autowired
    SectionService sections;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    AuthorService authors;

    @Autowired
    TagService tags;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    FrontService fronts;

    @Autowired
    ArticleCorrections corrections;

    @Autowired
    ArticleNotes notes;

    @Autowired
    StaticPageEditor staticPages;

    @Autowired
    DraftShares shares;

    @Autowired
    MenuService menus;

    private final List<String> vectors = XssCorpus.vectors();
    private final List<String> pages = new ArrayList<>();
    private ChromeDriver browser;

    @BeforeAll
    void deface() {
        SystemActor.run(() -> {
            SectionSummary lab = sections.create("XSS lab", "xss-lab", null, join(0, 2000));
            Byline author = authors.create(
                    "Reporter "
                            + vectors.get(9)
                                    .substring(0, Math.min(60, vectors.get(9).length())),
                    join(20, 2000),
                    null);
            List<Long> tagIds = new ArrayList<>();
            for (int i = 30; i < 36; i++) {
                tagIds.add(tags.findOrCreate(cut(vectors.get(i), 60)).id());
            }
            StringBuilder body = new StringBuilder();
            vectors.forEach(v -> body.append("<p>").append(v).append("</p>"));
            for (int i = 0; i < ARTICLES; i++) {
                editor.create(
                                Drafts.of(
                                        cut(vectors.get(i), 200),
                                        "xss-" + i,
                                        cut(vectors.get(i + ARTICLES), 500),
                                        body.toString(),
                                        lab.id(),
                                        List.of(author.id()),
                                        Set.copyOf(tagIds)),
                                Workflow.PUBLISH,
                                null)
                        .id();
                pages.add("/xss-lab/xss-" + i);
            }
            var now = settings.current();
            settings.update(new SettingsChanges(
                    now.siteName(),
                    cut(vectors.get(40), 200),
                    now.cookieNoticeText(),
                    now.cookiePolicyUrl(),
                    now.timezone(),
                    now.pageSize(),
                    now.publicUrl()));
            pages.add(author.url());
            tagIds.forEach(id -> pages.add(tags.byIds(List.of(id)).getFirst().url()));
            defaceNewsroomFields(lab.id());
        });
        pages.add("/");
        pages.add("/corrections");
        pages.add("/page/xss-page");
        pages.add("/xss-lab");
        pages.add("/xss-lab/feed.xml");
        for (int i = 0; i < vectors.size(); i += 7) {
            pages.add("/search?q=" + URLEncoder.encode(vectors.get(i), StandardCharsets.UTF_8));
        }
        browser = (ChromeDriver) HeadlessChromium.start(1280, 900);
        browser.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.__xss = 0; for (const f of ['alert', 'confirm', 'prompt']) { window[f] = () => { window.__xss++; }; }"));
    }

    @AfterAll
    void close() {
        browser.quit();
    }

    @Test
    void theHookCatchesAPayloadThatRuns() {
        browser.get("data:text/html,<img src=x onerror=alert(1)><a href='javascript:alert(2)'>x</a>");
        assertThat(check("a page without our defences")).hasSize(2);
    }

    @Test
    void noPayloadRunsOnAnyPublicPage() {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.get("http://localhost:" + port + page);
            problems.addAll(check(page));
        }
        assertThat(problems).isEmpty();
        assertThat(pages).hasSizeGreaterThan(25);
    }

    @Test
    void noPayloadRunsInTheDesk() {
        browser.get("http://localhost:" + port + "/desk/login");
        WebDriverWait wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("form.login-form input[name='username']")))
                .sendKeys("admin");
        browser.findElement(By.cssSelector("form.login-form input[name='password']"))
                .sendKeys(BroadsheetTest.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type='submit']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        List<String> problems = new ArrayList<>();
        for (String view : List.of("articles", "audit", "settings", "front", "pages", "menus")) {
            browser.get("http://localhost:" + port + "/desk/" + view);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.desk-view h2")));
            if (!view.equals("settings")) {
                wait.until(d ->
                        d.findElements(By.tagName("vaadin-grid-cell-content")).size() > 5);
            }
            problems.addAll(check("/desk/" + view));
        }
        assertThat(problems).isEmpty();
    }

    /** The fields the newsroom added: front headlines, corrections, notes, a static page, a preview link. */
    private void defaceNewsroomFields(long sectionId) {
        List<Long> ids = articles.latestInSection(sectionId, org.springframework.data.domain.PageRequest.of(0, 5))
                .map(org.broadsheet.content.service.ArticleTeaser::id)
                .toList();
        List<FrontPick> picks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            picks.add(new FrontPick(ids.get(i), cut(vectors.get(41 + i), 200), null));
        }
        fronts.publish(null, fronts.open(null).version(), picks);
        fronts.publish(sectionId, fronts.open(sectionId).version(), List.of(picks.getFirst()));
        for (int i = 50; i < 56; i++) {
            corrections.add(ids.getFirst(), CorrectionKind.CORRECTION, cut(vectors.get(i), 1000));
            notes.add(ids.getFirst(), cut(vectors.get(i + 10), 2000));
        }
        staticPages.create(new StaticPageEditor.Draft(cut(vectors.get(70), 200), "xss-page", join(71, 100_000)), true);
        pages.add(shares.create(ids.getFirst()).path());
        menus.save(
                MenuService.Menu.HEADER,
                menus.open(MenuService.Menu.HEADER).version(),
                List.of(
                        new MenuEntry(
                                MenuEntry.Kind.SECTION, sectionId, null, "Menu " + cut(vectors.get(80), 50), false),
                        new MenuEntry(
                                MenuEntry.Kind.ARTICLE, ids.getFirst(), null, "Menu " + cut(vectors.get(81), 50), true),
                        new MenuEntry(
                                MenuEntry.Kind.LINK,
                                null,
                                cut("/search?q=" + URLEncoder.encode(vectors.get(82), StandardCharsets.UTF_8), 200),
                                "Menu " + cut(vectors.get(83), 50),
                                false)));
        menus.save(
                MenuService.Menu.FOOTER,
                menus.open(MenuService.Menu.FOOTER).version(),
                List.of(new MenuEntry(
                        MenuEntry.Kind.SECTION, sectionId, null, "Menu " + cut(vectors.get(84), 50), false)));
    }

    private List<String> check(String page) {
        try {
            Thread.sleep(250); // let error and load handlers fire
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        JavascriptExecutor js = browser;
        List<String> problems = new ArrayList<>();
        Object fired = js.executeScript("return window.__xss");
        if (fired instanceof Number n && n.intValue() > 0) {
            problems.add(page + ": a script ran " + n + " time(s)");
        }
        Object urls = js.executeScript("return [...document.querySelectorAll('[href],[src],[action],[formaction]')]"
                + ".map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || e.getAttribute('formaction'))"
                + ".filter(u => /^\\s*(javascript|vbscript|data:text)/i.test(u)).length");
        if (urls instanceof Number n && n.intValue() > 0) {
            problems.add(page + ": " + n + " script URL(s) in links");
        }
        return problems;
    }

    private String join(int from, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < vectors.size() && text.length() + vectors.get(i).length() + 1 < maxLength; i++) {
            text.append(vectors.get(i)).append(' ');
        }
        return text.toString().strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

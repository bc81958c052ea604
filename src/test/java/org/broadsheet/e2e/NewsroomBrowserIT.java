package org.broadsheet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.FrontService;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.site.service.MenuService;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.HeadlessChromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The newsroom's weekly work in a real Chromium: curating the front by dragging a story into the
 * lead, review with send-back and notes, an article set to leave the site that leaves, and a
 * preview link that works for a browser without an account until it is revoked.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:newsroom-e2e-${random.uuid};DB_CLOSE_DELAY=-1",
            "broadsheet.data-dir=target/test-data/newsroom-e2e-${random.uuid}",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD,
            "broadsheet.demo-pictures=false",
            "broadsheet.schedule-interval=PT2S"
        })
class NewsroomBrowserIT {

    private static final String EDITOR_PASSWORD = "ana runs the front every morning";
    private static final String AUTHOR_PASSWORD = "tom files from the altiplano";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AuthorService authors;

    @Autowired
    ArticleEditor editor;

    @Autowired
    FrontService fronts;

    @Autowired
    SectionService sections;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    MenuService menus;

    @RegisterExtension
    final DeskBrowsers browsers = new DeskBrowsers();

    @BeforeEach
    void accounts() {
        SystemActor.run(() -> {
            if (accounts.displayName("rosa").isEmpty()) {
                accounts.create(new NewAccount(
                        "rosa", "Rosa Editor", "rosa@example.org", EDITOR_PASSWORD, EnumSet.of(Role.EDITOR)));
                accounts.create(new NewAccount(
                        "pedro", "Pedro Author", "pedro@example.org", AUTHOR_PASSWORD, EnumSet.of(Role.AUTHOR)));
                authors.create("Pedro Mamani", "Pedro writes from Oruro.", "pedro");
            }
        });
    }

    @Test
    void anEditorDragsAStoryIntoTheLeadAndReadersSeeItLead() throws Exception {
        publish("Salt flats flood after record rains", "salt-flats-flood");
        publish("Cable car fares frozen for a year", "cable-car-fares-frozen");
        DeskBrowser rosa = browser().logIn("rosa", EDITOR_PASSWORD);
        rosa.open("front");
        rosa.pick("vaadin-combo-box.front-find", "Salt flats flood");
        rosa.click("Add to the front");
        rosa.pick("vaadin-combo-box.front-find", "Cable car fares frozen");
        rosa.click("Add to the front");
        rosa.wait.until(d -> rowTexts(rosa).size() == 2);
        assertThat(rowTexts(rosa).getFirst()).contains("Salt flats flood");

        dragRowOnto(rosa, 1, 0);
        rosa.wait.until(d -> rowTexts(rosa).getFirst().contains("Cable car fares frozen"));
        rosa.wait.until(d -> previewText(rosa).contains("Cable car fares frozen"));
        HeadlessChromium.screenshot(rosa.driver, "desk-front-arranged");

        rosa.click("Publish front");
        rosa.waitForText("Published: the home page");
        HttpResponse<String> home = DeskBrowser.httpGet(port, "/");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(home.body());
        assertThat(page.select(".front .teaser.lead h2").text()).isEqualTo("Cable car fares frozen for a year");
        assertThat(page.select(".front .teaser").get(1).select("h2").text())
                .isEqualTo("Salt flats flood after record rains");
        SystemActor.run(() -> fronts.publish(null, fronts.open(null).version(), List.of()));
    }

    @Test
    void anEditorSendsADraftBackWithANoteAndTheAuthorSeesItOnTheOverview() {
        EditableArticle submitted = SystemActor.call(() -> {
            EditableArticle created = editor.create(
                    Drafts.of(
                            "Tin prices and the Oruro cooperatives",
                            "tin-prices-oruro",
                            null,
                            "<p>Draft.</p>",
                            bolivia(),
                            List.of(authors.findBySlug("pedro-mamani")
                                    .orElseThrow()
                                    .id()),
                            java.util.Set.of()),
                    Workflow.SAVE,
                    null);
            return editor.save(created.id(), created.version(), created.draft(), Workflow.SUBMIT, null);
        });
        DeskBrowser rosa = browser().logIn("rosa", EDITOR_PASSWORD);
        rosa.open("articles/" + submitted.id());
        rosa.click("Send back");
        WebElement note = rosa.wait.until(d -> d.findElements(By.cssSelector("vaadin-text-area")).stream()
                .filter(f -> "What should the author change?".equals(f.getDomProperty("label")) && f.isDisplayed())
                .findFirst()
                .map(f -> f.findElement(By.tagName("textarea")))
                .orElse(null));
        note.sendKeys("Quote the cooperative's treasurer by name.");
        rosa.wait
                .until(d -> d.findElements(By.cssSelector("vaadin-dialog vaadin-button")).stream()
                        .filter(b -> b.isDisplayed() && b.getText().strip().equals("Send back"))
                        .findFirst()
                        .orElse(null))
                .click();
        rosa.waitForText("Sent back to the author");

        DeskBrowser pedro = browser().logIn("pedro", AUTHOR_PASSWORD);
        pedro.waitForText("Quote the cooperative's treasurer by name.");
        HeadlessChromium.screenshot(pedro.driver, "desk-overview-sent-back");
        assertThat(SystemActor.call(() -> editor.open(submitted.id())).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void anArticleSetToLeaveTheSiteInTheDeskLeavesOnTimeAndItsAddressSaysWithdrawn() {
        EditableArticle published = publish("Registration closes at midnight", "registration-closes");
        DeskBrowser rosa = browser().logIn("rosa", EDITOR_PASSWORD);
        rosa.open("articles/" + published.id());
        ZoneId zone = SystemActor.call(() -> settings.identity().zone());
        // a whole minute (the picker's step) at least 15 s ahead: "now plus one minute, cut to the
        // minute" fell in the past when the test started in a minute's last seconds
        LocalDateTime leaves = LocalDateTime.now(zone).plusSeconds(75).truncatedTo(ChronoUnit.MINUTES);
        rosa.js(
                "const p = document.querySelector('vaadin-date-time-picker.unpublish-at');"
                        + "p.value = arguments[0]; p.dispatchEvent(new CustomEvent('change'));",
                leaves.toString());
        rosa.click("Set to leave the site");
        rosa.waitForText("Set to leave the site");
        rosa.wait.until(d -> rosa.all(".article-status").getFirst().getText().contains("leaves the site"));
        assertThat(status(published.url())).isEqualTo(200);

        rosa.wait.withTimeout(Duration.ofSeconds(120)).until(d -> status(published.url()) == 410);
        assertThat(SystemActor.call(() -> editor.open(published.id())).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void aPreviewLinkWorksInABrowserWithoutAnAccountUntilRevoked() {
        EditableArticle draft = SystemActor.call(() ->
                editor.create(Drafts.titled("Draft: the lithium contract, annotated", bolivia()), Workflow.SAVE, null));
        DeskBrowser rosa = browser().logIn("rosa", EDITOR_PASSWORD);
        rosa.open("articles/" + draft.id());
        WebElement shareTab = rosa.wait.until(d -> d.findElements(By.tagName("vaadin-tab")).stream()
                .filter(tab -> tab.getText().equals("Share"))
                .findFirst()
                .orElse(null));
        // the last tab may sit behind the tab strip's scroll button on a narrow window
        rosa.js("arguments[0].scrollIntoView(); arguments[0].click()", shareTab);
        rosa.click("Create a preview link");
        rosa.wait.until(d -> rosa.value(".share-panel vaadin-text-field").contains("/preview/"));
        String link = rosa.value(".share-panel vaadin-text-field");
        String path = link.substring(link.indexOf("/preview/"));

        DeskBrowser reader = browser();
        reader.driver.get(reader.url(path));
        reader.wait.until(
                d -> d.findElement(By.tagName("h1")).getText().equals("Draft: the lithium contract, annotated"));
        HeadlessChromium.screenshot(reader.driver, "site-draft-preview");

        rosa.click("Revoke");
        rosa.waitForText("no longer works");
        reader.driver.navigate().refresh();
        reader.wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("This preview link does not work"));
    }

    @Test
    void anEditorRewritesTheAboutPageAndAddsAMenuEntryThatReadersSee() throws Exception {
        DeskBrowser rosa = browser().logIn("rosa", EDITOR_PASSWORD);
        rosa.open("pages");
        rosa.wait
                .until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                        .filter(cell -> cell.getText().equals("About us"))
                        .findFirst()
                        .orElse(null))
                .click();
        rosa.wait.until(d -> rosa.value("vaadin-text-field").equals("About us"));
        rosa.typeBody("We answer every letter within a week.");
        rosa.click("Save");
        rosa.waitForText("Saved");
        rosa.wait.until(d -> bodyOf("/page/about").contains("We answer every letter within a week."));
        HeadlessChromium.screenshot(rosa.driver, "desk-page-editor");

        rosa.open("menus");
        rosa.pick("vaadin-combo-box.menu-section", "Africa");
        rosa.type("vaadin-text-field.menu-label", "World news");
        rosa.click("Add entry");
        rosa.wait.until(d -> !rosa.all("vaadin-grid.menu-entries vaadin-grid-cell-content").stream()
                .filter(cell -> cell.getText().equals("World news"))
                .toList()
                .isEmpty());
        rosa.click("Save menu");
        rosa.waitForText("Saved: Header navigation");
        HeadlessChromium.screenshot(rosa.driver, "desk-menus");
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(bodyOf("/"));
        assertThat(home.select("header.site-header nav.sections > ul > li > a").eachText())
                .containsExactly("World news");
        SystemActor.run(() -> menus.save(
                MenuService.Menu.HEADER, menus.open(MenuService.Menu.HEADER).version(), List.of()));
    }

    private String bodyOf(String path) {
        return get(path).body();
    }

    private java.net.http.HttpResponse<String> get(String path) {
        try {
            return DeskBrowser.httpGet(port, path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private DeskBrowser browser() {
        return browsers.start(port);
    }

    private EditableArticle publish(String title, String slug) {
        return SystemActor.call(() -> editor.create(
                Drafts.of(title, slug, null, "<p>Text.</p>", bolivia(), List.of(), java.util.Set.of()),
                Workflow.PUBLISH,
                null));
    }

    private long bolivia() {
        return SystemActor.call(
                () -> sections.tree().byPath("americas/bolivia").orElseThrow().id());
    }

    private static List<String> rowTexts(DeskBrowser browser) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) browser.js("""
                const grid = document.querySelector('vaadin-grid.front-places');
                return [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(row => !row.hidden && row.getAttribute('aria-rowindex'))
                    .sort((a, b) => a.getAttribute('aria-rowindex') - b.getAttribute('aria-rowindex'))
                    .map(row => [...row.querySelectorAll('slot')]
                        .map(slot => slot.assignedNodes().map(n => n.textContent).join(''))
                        .join(' | '));""");
        return texts;
    }

    /** The HTML5 drag and drop a mouse makes, dispatched on the grid's rows (Chromium's automation cannot drag natively). */
    private static void dragRowOnto(DeskBrowser browser, int from, int onto) {
        browser.js("""
                const grid = document.querySelector('vaadin-grid.front-places');
                const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(row => !row.hidden && row.getAttribute('aria-rowindex'))
                    .sort((a, b) => a.getAttribute('aria-rowindex') - b.getAttribute('aria-rowindex'));
                const source = rows[arguments[0]];
                const target = rows[arguments[1]].querySelector('td');
                const box = target.getBoundingClientRect();
                const at = {clientX: box.left + 5, clientY: box.top + box.height / 4};
                const data = new DataTransfer();
                const fire = (node, type, extra) => node.dispatchEvent(new DragEvent(type,
                    Object.assign({bubbles: true, composed: true, cancelable: true, dataTransfer: data}, extra)));
                fire(source, 'dragstart', {});
                fire(target, 'dragenter', at);
                fire(target, 'dragover', at);
                fire(target, 'drop', at);
                fire(source, 'dragend', {});""", from, onto);
    }

    private static String previewText(DeskBrowser browser) {
        Object text = browser.js("const f = document.querySelector('iframe.front-preview');"
                + " return f && f.contentDocument ? f.contentDocument.body.innerText : '';");
        return text == null ? "" : text.toString();
    }

    private int status(String path) {
        return get(path).statusCode();
    }
}

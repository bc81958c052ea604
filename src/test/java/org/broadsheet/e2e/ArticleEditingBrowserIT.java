package org.broadsheet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleRevisions;
import org.broadsheet.content.service.RevisionText;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.HeadlessChromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The article editor in a real Chromium: writing and publishing, two people on one article,
 * autosave after a closed browser, and the schedule publishing on its own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:editor-e2e-${random.uuid};DB_CLOSE_DELAY=-1",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD,
            "broadsheet.schedule-interval=PT3S"
        })
class ArticleEditingBrowserIT {

    private static final String EDITOR_PASSWORD = "ana edits the desk daily";
    private static final String AUTHOR_PASSWORD = "files copy from the mines of oruro";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    org.broadsheet.content.service.ArticleService articles;

    @Autowired
    org.broadsheet.people.service.AuthorService authors;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleRevisions revisions;

    @Autowired
    SectionService sections;

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final DeskBrowsers browsers = new DeskBrowsers();

    @BeforeEach
    void editorAccount() {
        SystemActor.run(() -> {
            if (accounts.displayName("rosa").isEmpty()) {
                accounts.create(new NewAccount(
                        "rosa", "Rosa Editor", "rosa@example.org", EDITOR_PASSWORD, EnumSet.of(Role.EDITOR)));
            }
        });
    }

    @Test
    void anAuthorWritesADraftAndSubmitsItButCannotPublish() {
        SystemActor.run(() -> {
            if (accounts.displayName("pedro").isEmpty()) {
                accounts.create(new NewAccount(
                        "pedro", "Pedro Author", "pedro@example.org", AUTHOR_PASSWORD, EnumSet.of(Role.AUTHOR)));
                authors.create("Pedro Mamani", "Pedro writes from Oruro.", "pedro");
            }
        });
        DeskBrowser pedro = browser().logIn("pedro", AUTHOR_PASSWORD);
        assertThat(pedro.all("vaadin-side-nav-item").stream()
                        .map(e -> e.getText().strip())
                        .toList())
                .contains("Overview", "Articles", "Trash")
                .doesNotContain("Sections", "Tags", "Authors", "Users");
        pedro.open("articles/new");
        pedro.type("vaadin-text-field.title-field", "Miners march on Oruro");
        pedro.pick("vaadin-combo-box.section-field", "Bolivia");
        pedro.click("Save");
        pedro.waitForText("Saved");
        assertThat(pedro.all("vaadin-button.step-publish").stream().noneMatch(b -> b.isDisplayed()))
                .isTrue();
        pedro.click("Submit for review");
        pedro.waitForText("Submitted for review");
        pedro.wait.until(d -> pedro.all(".article-status").getFirst().getText().startsWith("In review"));
        HeadlessChromium.screenshot(pedro.driver, "desk-editor-author-submitted");
    }

    @Test
    void writePreviewPublishAndReadOnTheSite() throws Exception {
        DeskBrowser admin = browser().logIn("admin", BroadsheetTest.ADMIN_PASSWORD);
        admin.open("articles/new");
        admin.type("vaadin-text-field.title-field", "Night trains return to the Andes");
        assertThat(admin.value("vaadin-text-field.title-field")).isEqualTo("Night trains return to the Andes");
        admin.pick("vaadin-combo-box.section-field", "La Paz");
        admin.typeBody("The sleeper from La Paz to Oruro runs again.");
        // the preview follows the title and the body as each reaches the server: wait for both
        admin.wait.until(d -> previewText(admin).contains("The sleeper from La Paz to Oruro runs again.")
                && previewText(admin).contains("Night trains return to the Andes"));
        assertThat(previewText(admin)).contains("Night trains return to the Andes");
        HeadlessChromium.screenshot(admin.driver, "desk-editor-new-with-preview");

        admin.click("Publish now");
        admin.waitForText("Published");
        admin.wait.until(ExpectedConditions.urlMatches(".*/desk/articles/\\d+$"));
        HeadlessChromium.screenshot(admin.driver, "desk-editor-published");

        String address = "/americas/bolivia/la-paz/night-trains-return-to-the-andes";
        HttpResponse<String> page = get(address);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Night trains return to the Andes</h1>")
                .contains("The sleeper from La Paz to Oruro runs again.");
    }

    @Test
    void twoEditorsSaveTheSameVersionAndTheSecondKeepsTheirTextThroughTheConflictDialog() {
        long id = draftNamed("Water rationing in El Alto");
        DeskBrowser admin = browser().logIn("admin", BroadsheetTest.ADMIN_PASSWORD);
        DeskBrowser rosa = browser().logIn("rosa", EDITOR_PASSWORD);
        admin.open("articles/" + id);
        rosa.open("articles/" + id);
        admin.waitForText("Rosa Editor is editing this article");
        rosa.waitForText("Administrator is editing this article");

        rosa.typeBody("Rosa reporting from the neighbourhood water committee.");
        admin.type("vaadin-text-area.standfirst-field", "Taps run dry three days a week.");
        admin.click("Save");
        admin.waitForText("Saved");
        rosa.waitForText("Saved elsewhere since you opened it");

        rosa.click("Save");
        rosa.waitForText("Someone else saved this article");
        HeadlessChromium.screenshot(rosa.driver, "desk-editor-conflict");
        for (String shown : List.of(
                "Administrator saved it after you opened it",
                "Their version",
                "Your version",
                "Taps run dry three days a week.",
                "neighbourhood water committee")) {
            rosa.waitForText(shown);
        }

        rosa.click("Keep mine");
        rosa.wait.until(
                d -> SystemActor.call(() -> editor.open(id)).draft().body().contains("neighbourhood water committee"));
        rosa.wait.until(d -> !rosa.all(".saved-elsewhere").getFirst().isDisplayed());
        List<String> savedTexts = SystemActor.call(() -> revisions.of(id).stream()
                .map(r -> revisions.text(r.id()))
                .map(RevisionText::standfirst)
                .toList());
        assertThat(savedTexts).as("the first save survives as a revision").contains("Taps run dry three days a week.");

        rosa.wait
                .until(d -> d.findElements(org.openqa.selenium.By.tagName("vaadin-tab")).stream()
                        .filter(tab -> tab.getText().equals("Revisions"))
                        .findFirst()
                        .orElse(null))
                .click();
        rosa.wait.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".revisions-panel vaadin-button"))
                        .size()
                >= 3);
        rosa.all(".revisions-panel vaadin-button").getLast().click();
        rosa.waitForText("Compare revisions");
        rosa.waitForText("Restore this revision");
        HeadlessChromium.screenshot(rosa.driver, "desk-editor-revision-diff");
    }

    @Test
    void textTypedBeforeTheBrowserClosedIsOfferedBack() {
        long id = draftNamed("Bus fares in Cochabamba");
        DeskBrowser first = browser().logIn("rosa", EDITOR_PASSWORD);
        first.open("articles/" + id);
        first.type("vaadin-text-area.standfirst-field", "Fares rise by a third on Monday.");
        // autosave runs every five seconds while there are changes
        first.wait.until(d -> workingCopyExists(id));
        browsers.close(first);

        DeskBrowser again = browser().logIn("rosa", EDITOR_PASSWORD);
        again.open("articles/" + id);
        again.waitForText("You have unsaved text from");
        HeadlessChromium.screenshot(again.driver, "desk-editor-autosave-offer");
        again.click("Restore it");
        again.wait.until(
                d -> again.value("vaadin-text-area.standfirst-field").equals("Fares rise by a third on Monday."));
    }

    @Test
    void anArticleScheduledForTheNextMinuteIsPublishedByTheSchedule() throws Exception {
        long id = draftNamed("Polls open at dawn");
        DeskBrowser admin = browser().logIn("admin", BroadsheetTest.ADMIN_PASSWORD);
        admin.open("articles/" + id);
        LocalDateTime nextMinute = LocalDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        admin.js(
                "const p = document.querySelector('vaadin-date-time-picker.schedule-at');"
                        + "p.value = arguments[0]; p.dispatchEvent(new CustomEvent('change'));",
                nextMinute.toString());
        admin.click("Schedule");
        admin.waitForText("Scheduled for");
        HeadlessChromium.screenshot(admin.driver, "desk-editor-scheduled");

        String address = "/americas/bolivia/polls-open-at-dawn";
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (get(address).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(2000);
        }
        assertThat(get(address).statusCode()).as("published by the schedule").isEqualTo(200);
        admin.waitForText("Published");
    }

    private long draftNamed(String title) {
        return SystemActor.call(() -> {
            long bolivia =
                    sections.tree().byPath("americas/bolivia").orElseThrow().id();
            return editor.create(Drafts.titled(title, bolivia), Workflow.SAVE, null)
                    .id();
        });
    }

    private boolean workingCopyExists(long id) {
        return jdbc.queryForObject("select count(*) from working_copy where article_id = ?", Long.class, id) > 0;
    }

    private String previewText(DeskBrowser browser) {
        Object text = browser.js("const f = document.querySelector('iframe.article-preview-frame');"
                + "return f && f.contentDocument && f.contentDocument.body ? f.contentDocument.body.innerText : '';");
        return text == null ? "" : text.toString();
    }

    private DeskBrowser browser() {
        return browsers.start(port);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return DeskBrowser.httpGet(port, path);
    }
}

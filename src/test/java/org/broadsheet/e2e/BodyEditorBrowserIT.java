package org.broadsheet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleRevisions;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.desk.editor.body.FootnoteMarkup;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.HeadlessChromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/**
 * The body editor in a real Chromium, used as a writer would: toolbar, keyboard, dialogs,
 * footnotes written in place and moved, paste from Word, and what the public page makes of it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:body-e2e-${random.uuid};DB_CLOSE_DELAY=-1",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD
        })
class BodyEditorBrowserIT {

    /** What Word puts on the clipboard: styles, classes, conditional comments, and a footnote. */
    private static final String WORD = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            + "<style>p.MsoNormal{margin:0}</style></head><body><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->"
            + "<h2 class=\"MsoHeading2\" style=\"mso-outline-level:2\"><span style=\"font-family:Calibri\">Budget vote</span></h2>"
            + "<p class=\"MsoNormal\" style=\"color:red\"><b><span style=\"font-size:14pt\">Council</span></b> met "
            + "<i>late</i>, see <a href=\"https://example.org/minutes\" style=\"color:blue\">minutes</a>."
            + "<a style=\"mso-footnote-id:ftn1\" href=\"#_ftn1\" name=\"_ftnref1\"><span class=\"MsoFootnoteReference\">[1]</span></a>"
            + "<o:p></o:p></p><ul><li class=\"MsoListParagraph\">First item</li><li>Second item</li></ul>"
            + "<script>alert('x')</script>"
            + "<div style=\"mso-element:footnote-list\"><div style=\"mso-element:footnote\" id=\"ftn1\">"
            + "<p class=\"MsoFootnoteText\"><a href=\"#_ftnref1\" name=\"_ftn1\">[1]</a> Minutes of 3 March.</p></div></div>"
            + "</body></html>";

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleRevisions revisions;

    @Autowired
    SectionService sections;

    @RegisterExtension
    final DeskBrowsers browsers = new DeskBrowsers();

    @Test
    void aStoryWrittenWithEveryToolReadsTheSameOnTheSiteAfterSavingAndReloading() throws Exception {
        long marketId = idOf("americas/bolivia/la-paz", "a-market-that-never-closes");
        long id = draftNamed("Water and rent in El Alto");
        DeskBrowser admin = browser().logIn("admin", BroadsheetTest.ADMIN_PASSWORD);
        admin.open("articles/" + id);

        admin.typeBody("Water and rent");
        admin.chord(List.of(Keys.SHIFT), Keys.HOME);
        admin.bodyToolbar("h2");
        admin.keys(Keys.END, Keys.ENTER, "Use rose ");
        admin.chord(List.of(Keys.CONTROL), "b");
        admin.keys("sharply");
        admin.chord(List.of(Keys.CONTROL), "b");
        admin.keys(" this year");
        // two footnotes, each written in place in the notes list; Enter goes back to the marker
        admin.bodyToolbar("footnote");
        admin.wait.until(d -> "Footnote 1".equals(admin.bodyFocus()));
        admin.keys("Council figures.", Keys.ENTER);
        // the editor takes the focus back a frame later: a key sent before lands in the note
        admin.wait.until(d -> "text".equals(admin.bodyFocus()));
        admin.keys(Keys.ARROW_RIGHT, " while rents fell");
        admin.bodyToolbar("footnote");
        admin.wait.until(d -> "Footnote 2".equals(admin.bodyFocus()));
        admin.keys("Our own survey.", Keys.ENTER);
        admin.wait.until(d -> "text".equals(admin.bodyFocus()));
        // move the first marker behind the second: cut it (the notes list's ↑ selects a marker), select
        // the other the same way, step past it and paste
        admin.js("arguments[0].click()", shadow(admin, ".notes li:first-child button.back"));
        admin.js(clipboard("cut"), admin.bodySurface());
        admin.wait.until(d -> admin.all("bs-rich-text")
                        .getFirst()
                        .getShadowRoot()
                        .findElements(By.cssSelector(".notes textarea"))
                        .size()
                == 1);
        admin.js("arguments[0].click()", shadow(admin, ".notes li:first-child button.back"));
        admin.keys(Keys.ARROW_RIGHT);
        admin.js(clipboard("paste"), admin.bodySurface());
        admin.keys(".");
        admin.wait.until(d -> admin.bodyNote(1).getDomProperty("value").equals("Our own survey."));
        assertThat(admin.bodyNote(2).getDomProperty("value")).isEqualTo("Council figures.");

        // a web link, refused first while malformed, then an article of this site picked by headline
        admin.keys(Keys.ENTER, "Sources: ");
        admin.bodyToolbar("link");
        admin.dialogField("Address").sendKeys("example.org/report");
        admin.click("Apply");
        admin.wait.until(d -> !admin.dialogError("Address").isEmpty());
        HeadlessChromium.screenshot(admin.driver, "desk-body-link-dialog-refused");
        assertThat(admin.dialogField("Address").getDomProperty("value")).isEqualTo("example.org/report");
        admin.dialogField("Address").sendKeys(Keys.HOME, "https://");
        admin.click("Apply");
        focusMovesTo(admin, "text");
        admin.keys(" and ");
        admin.bodyToolbar("link");
        WebElement toArticle = admin.wait.until(d -> d.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().contains("An article on this site"))
                .findFirst()
                .orElse(null));
        admin.js("arguments[0].click()", toArticle);
        WebElement articleInput = admin.input("vaadin-combo-box.link-article");
        articleInput.sendKeys("market that never");
        admin.wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> item.getText().startsWith("A market that never closes")));
        admin.all("vaadin-combo-box-item").stream()
                .filter(item -> item.getText().startsWith("A market that never closes"))
                .findFirst()
                .orElseThrow()
                .click();
        admin.click("Apply");
        admin.wait.until(d -> admin.bodyValue().contains("data-article=\"" + marketId + "\""));
        focusMovesTo(admin, "text");

        // a pull quote, an image that needs its description, an embed that needs a known site
        admin.keys(Keys.ENTER, "Nobody here trusts the meters.");
        admin.bodyToolbar("pullquote");
        admin.keys(Keys.END, Keys.ENTER, Keys.ENTER);
        admin.bodyToolbar("image");
        admin.dialogField("Image address").sendKeys("/test-images/gondola.svg");
        admin.dialogField("Caption").sendKeys("The red line at dusk");
        admin.dialogField("Credit").sendKeys("Photo: Ana Quispe");
        admin.click("Apply");
        admin.wait.until(d -> !admin.dialogError("Description (alt text)").isEmpty());
        HeadlessChromium.screenshot(admin.driver, "desk-body-image-dialog-needs-alt");
        admin.dialogField("Description (alt text)").sendKeys("A red cabin over the canyon");
        admin.click("Apply");
        admin.bodyToolbar("embed");
        admin.dialogField("Address of the video or post").sendKeys("https://example.org/video/1");
        admin.click("Apply");
        admin.wait.until(d -> !admin.dialogError("Address of the video or post").isEmpty());
        admin.dialogField("Address of the video or post")
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "https://youtu.be/dQw4w9WgXcQ");
        admin.dialogField("Caption").sendKeys("The council session");
        admin.click("Apply");
        admin.wait.until(d -> admin.bodyValue().contains("data-provider=\"youtube\""));
        assertThat(admin.bodyValue())
                .as("the embed went in after the image, not over it")
                .contains("gondola.svg");

        // paste from Word at the end, its footnote included
        admin.chord(List.of(Keys.CONTROL), Keys.END);
        admin.js(paste(), admin.bodySurface(), WORD);
        admin.wait.until(d -> admin.bodySurface().getText().contains("Second item"));
        admin.wait.until(d -> admin.bodyNote(3).getDomProperty("value").equals("Minutes of 3 March."));
        HeadlessChromium.screenshot(admin.driver, "desk-body-editor-every-tool");
        admin.click("Publish now");
        admin.waitForText("Published");

        // reload: the editor shows what was written
        admin.open("articles/" + id);
        admin.wait.until(d -> admin.bodyNote(3).getDomProperty("value").equals("Minutes of 3 March."));
        assertThat(admin.bodyNote(1).getDomProperty("value")).isEqualTo("Our own survey.");
        assertThat(admin.bodyNote(2).getDomProperty("value")).isEqualTo("Council figures.");
        String edited = admin.bodyValue();
        assertThat(edited)
                .contains(
                        "<h2>Water and rent</h2>",
                        "<p>Use rose <strong>sharply</strong> this year while rents fell<sup class=\"footnote\" data-note=\"Our own survey.\">"
                                + "</sup><sup class=\"footnote\" data-note=\"Council figures.\"></sup>.</p>",
                        "<a href=\"https://example.org/report\">",
                        "<blockquote class=\"pull-quote\">",
                        "<img src=\"/test-images/gondola.svg\" alt=\"A red cabin over the canyon\">",
                        "<span class=\"credit\">Photo: Ana Quispe</span>",
                        "<h2>Budget vote</h2>",
                        "<em>late</em>");
        HeadlessChromium.screenshot(admin.driver, "desk-body-editor-reloaded");

        Document page =
                Jsoup.parse(get("/americas/bolivia/water-and-rent-in-el-alto").body());
        var body = page.selectFirst(".story-body");
        assertThat(body.select("sup.footnote-ref a").eachText()).containsExactly("1", "2", "3");
        assertThat(body.select("section.footnotes li").eachText())
                .containsExactly("Our own survey. ↩", "Council figures. ↩", "Minutes of 3 March. ↩");
        assertThat(body.selectFirst("sup#fnref-1").parent().text()).contains("while rents fell");
        assertThat(body.selectFirst("a[data-article]").attr("href"))
                .isEqualTo("/americas/bolivia/la-paz/a-market-that-never-closes");
        assertThat(body.select("a[href=https://example.org/minutes]")).hasSize(1);
        assertThat(body.select("figure.image img").attr("alt")).isEqualTo("A red cabin over the canyon");
        assertThat(body.select("figure.embed iframe")).isEmpty();
        assertThat(body.select("figure.embed a").attr("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(body.select("[style], [class^=Mso], script, font, o|p")).isEmpty();

        // the article link follows its article to a new address
        SystemActor.run(
                () -> Drafts.move(editor, marketId, sectionId("americas/bolivia/la-paz"), "the-market-at-night"));
        assertThat(Jsoup.parse(get("/americas/bolivia/water-and-rent-in-el-alto")
                                .body())
                        .selectFirst(".story-body a[data-article]")
                        .attr("href"))
                .isEqualTo("/americas/bolivia/la-paz/the-market-at-night");

        // a reader loads the video with a click, and only then
        admin.driver.get(admin.url("/americas/bolivia/water-and-rent-in-el-alto"));
        WebElement load = admin.wait.until(d -> d.findElements(By.cssSelector("figure.embed .embed-load")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        assertThat(admin.all("figure.embed iframe")).isEmpty();
        admin.js("arguments[0].scrollIntoView({block: 'center'})", load);
        HeadlessChromium.screenshot(admin.driver, "site-article-embed-placeholder");
        load.click();
        assertThat(admin.wait
                        .until(d -> d.findElement(By.cssSelector("figure.embed iframe")))
                        .getDomAttribute("src"))
                .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    }

    @Test
    void theToolbarIsOneTabStopWorkedWithArrowsAndTheTextIsReachedAgainWithEscape() {
        long id = draftNamed("Keyboard only");
        DeskBrowser admin = browser().logIn("admin", BroadsheetTest.ADMIN_PASSWORD);
        // a new article's empty text shows the placeholder where the writing goes, focused or not
        admin.open("articles/new");
        String placeholder = admin.wait.until(d -> (String) admin.js("const p = document.querySelector('bs-rich-text')"
                + ".shadowRoot.querySelector('.ProseMirror p.is-editor-empty');"
                + "return p ? getComputedStyle(p, '::before').content : null;"));
        assertThat(placeholder).isEqualTo("\"Write the story…\"");
        HeadlessChromium.screenshot(admin.driver, "desk-body-editor-empty");
        admin.open("articles/" + id);
        admin.typeBody("Heavy rain");
        admin.chord(List.of(Keys.SHIFT), Keys.HOME);
        admin.chord(List.of(Keys.ALT), Keys.F10);
        focusMovesTo(admin, "button:paragraph");
        admin.keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        focusMovesTo(admin, "button:bold");
        admin.keys(Keys.ENTER);
        admin.wait.until(d -> admin.bodyValue().contains("<strong>Heavy rain</strong>"));
        admin.chord(List.of(Keys.ALT), Keys.F10);
        focusMovesTo(admin, "button:bold");
        admin.keys(Keys.END);
        focusMovesTo(admin, "button:redo");
        admin.keys(Keys.ESCAPE);
        focusMovesTo(admin, "text");
        // from the text, Shift+Tab lands on the toolbar's one tab stop
        admin.chord(List.of(Keys.SHIFT), Keys.TAB);
        focusMovesTo(admin, "button:redo");
        // a footnote by shortcut, written in place and left with Escape
        admin.keys(Keys.ESCAPE);
        focusMovesTo(admin, "text");
        admin.keys(Keys.END);
        admin.chord(List.of(Keys.CONTROL, Keys.ALT), "f");
        admin.wait.until(d -> "Footnote 1".equals(admin.bodyFocus()));
        admin.keys("Met Office.", Keys.ESCAPE);
        admin.wait.until(d -> admin.bodyValue().contains("data-note=\"Met Office.\""));
        focusMovesTo(admin, "text");
        HeadlessChromium.screenshot(admin.driver, "desk-body-editor-keyboard");
    }

    @Test
    void axeFindsNoSeriousViolationInTheEditorAndItsDialog() {
        long id = idOf("americas/bolivia/la-paz", "the-cable-car-that-rewired-a-city");
        DeskBrowser admin = browser().logIn("admin", BroadsheetTest.ADMIN_PASSWORD);
        admin.open("articles/" + id);
        admin.bodyNote(1);
        assertNoSeriousViolations(admin, "bs-rich-text");
        admin.bodyToolbar("image");
        admin.dialogField("Image address");
        assertNoSeriousViolations(admin, "vaadin-dialog");
    }

    @Test
    void everyDemoArticleComesBackFromTheEditorByteForByteAndSavingItUnchangedWritesNoRevision() {
        List<DeskArticleRow> rows = SystemActor.call(
                () -> articles.deskList(DeskFilter.NONE, PageRequest.of(0, 200)).getContent());
        assertThat(rows).hasSizeGreaterThan(30);
        DeskBrowser admin = browser().logIn("admin", BroadsheetTest.ADMIN_PASSWORD);
        for (DeskArticleRow row : rows) {
            String stored =
                    SystemActor.call(() -> editor.open(row.id())).draft().body();
            admin.open("articles/" + row.id());
            admin.wait.until(d -> !admin.bodyValue().isEmpty());
            assertThat(FootnoteMarkup.toStored(admin.bodyValue()))
                    .as(row.title())
                    .isEqualTo(stored);
        }
        long last = rows.getLast().id();
        String storedLast = storedBody(last);
        int revisionsBefore = SystemActor.call(() -> revisions.of(last)).size();
        admin.js("arguments[0].focus()", admin.bodySurface());
        admin.bodySurface().sendKeys(Keys.END);
        admin.click("Save");
        admin.waitForText("Saved");
        assertThat(SystemActor.call(() -> revisions.of(last))).hasSize(revisionsBefore);
        assertThat(storedBody(last)).isEqualTo(storedLast);
    }

    private String storedBody(long id) {
        return SystemActor.call(() -> editor.open(id)).draft().body();
    }

    private static void focusMovesTo(DeskBrowser browser, String where) {
        browser.wait.until(d -> where.equals(browser.bodyFocus()));
    }

    private static void assertNoSeriousViolations(DeskBrowser browser, String scope) {
        Results results = new AxeBuilder()
                .include(scope)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious)
                .as(() -> serious.stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " at "
                                + v.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .limit(3)
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(results.getPasses()).isNotEmpty();
    }

    /** Fires a cut or paste at the editor with one shared clipboard, as the keyboard's would. */
    private static String clipboard(String kind) {
        return "const surface = arguments[0]; window.__clip = window.__clip || new DataTransfer(); surface.focus();"
                + "surface.dispatchEvent(new ClipboardEvent('" + kind
                + "', {clipboardData: window.__clip, bubbles: true, cancelable: true}));";
    }

    private static String paste() {
        return "const surface = arguments[0]; const data = new DataTransfer();"
                + "data.setData('text/html', arguments[1]); data.setData('text/plain', 'pasted');"
                + "surface.focus(); surface.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));";
    }

    private static WebElement shadow(DeskBrowser browser, String css) {
        return browser.wait.until(d ->
                d.findElement(By.cssSelector("bs-rich-text")).getShadowRoot().findElement(By.cssSelector(css)));
    }

    private long idOf(String sectionPath, String slug) {
        return SystemActor.call(
                () -> articles.findPublished(sectionPath, slug).orElseThrow().id());
    }

    private long sectionId(String path) {
        return sections.tree().byPath(path).orElseThrow().id();
    }

    private long draftNamed(String title) {
        return SystemActor.call(
                () -> editor.create(Drafts.titled(title, sectionId("americas/bolivia")), Workflow.SAVE, null)
                        .id());
    }

    private DeskBrowser browser() {
        return browsers.start(port);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return DeskBrowser.httpGet(port, path);
    }
}

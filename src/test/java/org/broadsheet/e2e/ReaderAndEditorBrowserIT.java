package org.broadsheet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader and an editor in a real Chromium against the running application. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};DB_CLOSE_DELAY=-1",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD
        })
class ReaderAndEditorBrowserIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.broadsheet.people.service.UserAccountService accounts;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = HeadlessChromium.start(1280, 900);
        wait = HeadlessChromium.waitFor(browser);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aReaderOpensAnArticleFromTheFrontPage() {
        browser.get(url("/"));
        HeadlessChromium.screenshot(browser, "site-home");
        clickInView(browser.findElement(By.linkText("The cable car that rewired a city")));

        wait.until(ExpectedConditions.urlContains("/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The cable car that rewired a city");
        assertThat(browser.findElements(By.cssSelector(".story-body p"))).hasSizeGreaterThanOrEqualTo(3);
        HeadlessChromium.screenshot(browser, "site-article");

        clickInView(browser.findElement(By.cssSelector("sup#fnref-1 a")));
        assertThat(browser.getCurrentUrl()).endsWith("#fn-1");
        clickInView(browser.findElement(By.cssSelector("a.continue")));
        wait.until(ExpectedConditions.urlToBe(url("/americas/bolivia/la-paz")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("La Paz");
    }

    @Test
    void theCookieNoticeGoesAwayWithoutAReloadAndStaysAway() {
        browser.get(url("/americas"));
        WebElement marker = browser.findElement(By.tagName("h1"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.sameDocument = true;");
        browser.findElement(By.cssSelector(".cookie-notice button[value='refuse']"))
                .click();

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cookie-notice"), 0));
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.sameDocument"))
                .as("no reload")
                .isEqualTo(true);
        assertThat(marker.isDisplayed()).isTrue();
        assertThat(browser.manage().getCookieNamed("bs_consent").getValue()).isEqualTo("refuse");

        browser.get(url("/"));
        assertThat(browser.findElements(By.cssSelector(".cookie-notice"))).isEmpty();
    }

    @Test
    void aReaderSearchesFromTheHeader() {
        browser.get(url("/"));
        WebElement box = browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        box.sendKeys("glacier");
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search?q=glacier"));
        assertThat(browser.findElement(By.cssSelector(".search-summary")).getText())
                .contains("glacier");
        clickInView(browser.findElement(By.linkText("The glacier that fed two cities is almost gone")));
        wait.until(ExpectedConditions.urlContains("/americas/bolivia/the-glacier-that-fed-two-cities"));
        HeadlessChromium.screenshot(browser, "site-search-result");
    }

    @Test
    void anEditorLogsInAndSeesTheArticlesGrid() {
        browser.get(url("/desk/articles"));
        wait.until(ExpectedConditions.urlContains("/desk/login"));
        WebElement username = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.login-form input[name='username']")));
        HeadlessChromium.screenshot(browser, "desk-login");
        username.sendKeys("admin");
        browser.findElement(By.cssSelector("form.login-form input[name='password']"))
                .sendKeys(BroadsheetTest.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type='submit']"))
                .click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        browser.get(url("/desk/articles"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains("The cable car that rewired a city")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Articles");
        assertThat(browser.findElement(By.cssSelector(".desk-user")).getText()).isEqualTo("Administrator");
        HeadlessChromium.screenshot(browser, "desk-articles");

        WebElement search =
                browser.findElement(By.cssSelector("vaadin-text-field[aria-label='Search articles'] input"));
        search.sendKeys("pharmacy desert");
        wait.until(ExpectedConditions.urlContains("q=pharmacy"));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals("Living in a pharmacy desert")));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .noneMatch(cell -> cell.getText().equals("The cable car that rewired a city")));
        HeadlessChromium.screenshot(browser, "desk-articles-search");

        browser.get(url("/desk"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-count")));
        HeadlessChromium.screenshot(browser, "desk-overview");

        for (String view :
                new String[] {"users", "audit", "settings", "profile", "sections", "authors", "tags", "trash"}) {
            browser.get(url("/desk/" + view));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.desk-view h2")));
            HeadlessChromium.screenshot(browser, "desk-" + view);
        }
        wait.until(d -> d.findElements(By.tagName("vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .toList()
                .containsAll(java.util.List.of("Users", "Audit log", "Settings")));

        browser.get(url("/desk/articles?status=IN_REVIEW"));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals("In review")));
        HeadlessChromium.screenshot(browser, "desk-articles-in-review");

        browser.findElement(By.cssSelector("vaadin-button.theme-toggle")).click();
        wait.until(d -> "dark"
                .equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.documentElement.getAttribute('theme')")));
        browser.get(url("/desk"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".overview-card li")));
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.getAttribute('theme')"))
                .as("remembered")
                .isEqualTo("dark");
        HeadlessChromium.screenshot(browser, "desk-overview-dark");
    }

    @Test
    void anEditorSeesNoAdminViews() {
        String password = "an editor tours the desk";
        org.broadsheet.base.SystemActor.run(() -> accounts.create(new org.broadsheet.people.service.NewAccount(
                "walkthrough",
                "Walk Through",
                "walkthrough@example.org",
                password,
                java.util.EnumSet.of(org.broadsheet.people.Role.EDITOR))));
        HeadlessChromium.logInToDesk(browser, wait, url(""), "walkthrough", password);
        wait.until(d -> !d.findElements(By.tagName("vaadin-side-nav-item")).isEmpty());
        assertThat(browser.findElements(By.tagName("vaadin-side-nav-item")).stream()
                        .map(WebElement::getText))
                .contains("Overview", "Articles")
                .doesNotContain("Users", "Audit log", "Settings");
        HeadlessChromium.screenshot(browser, "desk-editor");
    }

    @Test
    void wrongPasswordsGetAClearMessageThatNamesNeitherField() {
        browser.get(url("/desk/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("form.login-form input[name='username']")))
                .sendKeys("admin");
        browser.findElement(By.cssSelector("form.login-form input[name='password']"))
                .sendKeys("wrong-password");
        browser.findElement(By.cssSelector("form.login-form button[type='submit']"))
                .click();
        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(
                d -> d.findElement(By.cssSelector(".login-notice")).getText().contains("Wrong username or password"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Clicks as a reader would: scrolled to the middle of the window, clear of the cookie notice fixed at its foot. */
    private void clickInView(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}

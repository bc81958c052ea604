package org.broadsheet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import java.util.EnumSet;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor turns on two-step login with an authenticator app (played by the test, computing
 * codes from the key the dialog shows), then logs in with password and code.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:e2e-2fa-${random.uuid};DB_CLOSE_DELAY=-1",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD
        })
class TwoStepLoginBrowserIT {

    private static final String USERNAME = "two-stepper";
    private static final String PASSWORD = "codes from my pocket";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = HeadlessChromium.start(1280, 900);
        wait = HeadlessChromium.waitFor(browser);
        SystemActor.run(() -> accounts.create(
                new NewAccount(USERNAME, "Two Stepper", "two-stepper@example.org", PASSWORD, EnumSet.of(Role.EDITOR))));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void anEditorTurnsOnTwoStepLoginAndLogsInWithACode() throws Exception {
        logInWithPassword("/desk/profile");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".two-factor-section")));
        button("Set up two-step login").click();
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".totp-key")));
        String secret = key.getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(browser.findElement(By.cssSelector("img.totp-qr")).getAttribute("src"))
                .startsWith("data:image/png;base64,");
        HeadlessChromium.screenshot(browser, "desk-two-step-setup");

        field("Code from the app").sendKeys(code(secret, 0));
        button("Turn on").click();
        wait.until(d -> d.findElements(By.cssSelector(".recovery-codes li")).size() == 10);
        HeadlessChromium.screenshot(browser, "desk-two-step-recovery-codes");
        button("I have saved them").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".two-factor-state"), "On:"));

        logOut();
        wait.until(ExpectedConditions.urlToBe(url("/")));
        logInWithPassword("/desk/articles");
        wait.until(ExpectedConditions.urlContains("/desk/login/code"));
        browser.get(url("/desk/articles"));
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.login-form input[name='username']")));
        assertThat(browser.findElements(By.tagName("vaadin-side-nav")))
                .as("the password alone opens nothing")
                .isEmpty();

        logInWithPassword(null);
        wait.until(ExpectedConditions.urlContains("/desk/login/code"));
        WebElement codeField = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("form.login-form input[name='code']")));
        codeField.sendKeys(code(secret, 0).equals("123456") ? "654321" : "123456", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("wrong"));
        HeadlessChromium.screenshot(browser, "desk-two-step-wrong-code");
        assertThat(browser.findElement(By.cssSelector(".login-notice")).getText())
                .contains("That code is not right");

        codeField = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("form.login-form input[name='code']")));
        codeField.sendKeys(code(secret, 1), Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/desk/articles"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        assertThat(browser.findElement(By.cssSelector(".desk-user")).getText()).isEqualTo("Two Stepper");
    }

    private void logInWithPassword(String startAt) {
        if (startAt != null) {
            browser.get(url(startAt));
        }
        WebElement username = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("form.login-form input[name='username']")));
        username.sendKeys(USERNAME);
        browser.findElement(By.cssSelector("form.login-form input[name='password']"))
                .sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type='submit']"))
                .click();
    }

    /** Log out sits in the user's menu in the navigation bar. */
    private void logOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".desk-user-menu vaadin-menu-bar-button")))
                .click();
        wait.until(d -> d.findElements(By.tagName("vaadin-menu-bar-item")).stream()
                        .filter(item ->
                                item.isDisplayed() && item.getText().strip().equals("Log out"))
                        .findFirst()
                        .orElse(null))
                .click();
    }

    private WebElement button(String text) {
        return wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().equals(text))
                .findFirst()
                .orElse(null));
    }

    private WebElement field(String label) {
        return wait.until(d -> d.findElements(By.tagName("vaadin-text-field")).stream()
                .filter(f -> label.equals(f.getAttribute("label")))
                .findFirst()
                .map(f -> f.findElement(By.tagName("input")))
                .orElse(null));
    }

    /** What an authenticator app shows, {@code stepsAhead} 30-second steps from now. */
    private static String code(String secret, int stepsAhead) throws Exception {
        long step = Instant.now().getEpochSecond() / 30 + stepsAhead;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

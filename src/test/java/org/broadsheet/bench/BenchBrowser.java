package org.broadsheet.bench;

import java.time.Duration;
import org.broadsheet.testsupport.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium logged in to the desk as the admin, for benchmarks that need the UI. */
record BenchBrowser(WebDriver driver, WebDriverWait waiting) {

    static BenchBrowser loggedIn(int port, String password) {
        WebDriver browser = HeadlessChromium.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        browser.get("http://localhost:" + port + "/desk/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("form.login-form input[name='username']")))
                .sendKeys("admin");
        browser.findElement(By.cssSelector("form.login-form input[name='password']"))
                .sendKeys(password);
        browser.findElement(By.cssSelector("form.login-form button[type='submit']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        return new BenchBrowser(browser, wait);
    }
}

package org.broadsheet.bench;

import java.time.Duration;
import org.broadsheet.testsupport.HeadlessChromium;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium logged in to the desk as the admin, for benchmarks that need the UI. */
record BenchBrowser(WebDriver driver, WebDriverWait waiting) {

    static BenchBrowser loggedIn(int port, String password) {
        WebDriver browser = HeadlessChromium.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        HeadlessChromium.logInToDesk(browser, wait, "http://localhost:" + port, "admin", password);
        return new BenchBrowser(browser, wait);
    }
}

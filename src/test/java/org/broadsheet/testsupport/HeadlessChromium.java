package org.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, driven headless by Selenium. The binaries are named
 * explicitly so Selenium Manager never tries to download a browser.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {}

    public static WebDriver start(int width, int height) {
        Path browser = find("CHROME_BIN", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        Path driver = find("CHROMEDRIVER", List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
        Path profile;
        try {
            profile = Files.createTempDirectory("broadsheet-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * A wait of up to a minute that retries when Vaadin re-renders an element it was looking at
     * (a stale reference means "look again", not "failed").
     */
    public static org.openqa.selenium.support.ui.WebDriverWait waitFor(WebDriver driver) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Logs in through the desk's login form of the site at {@code site} ({@code http://host:port})
     * and waits until the desk's navigation shows.
     */
    public static void logInToDesk(
            WebDriver driver, WebDriverWait wait, String site, String username, String password) {
        driver.get(site + "/desk/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("form.login-form input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("form.login-form input[name='password']"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("form.login-form button[type='submit']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
    }

    /** Saves what the browser shows under {@code target/screenshots/}. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path find(String variable, List<String> candidates) {
        Optional<Path> configured = Optional.ofNullable(System.getenv(variable)).map(Path::of);
        return configured
                .or(() -> candidates.stream()
                        .map(Path::of)
                        .filter(Files::isExecutable)
                        .findFirst())
                .filter(Files::isExecutable)
                .orElseThrow(() -> new IllegalStateException("No " + variable + " found: install Debian's chromium "
                        + "and chromium-driver (apt-get install chromium chromium-driver) or set " + variable));
    }
}

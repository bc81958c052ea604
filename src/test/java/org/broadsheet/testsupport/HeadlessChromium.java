package org.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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

    /** Saves what the browser shows under {@code target/screenshots/}. */
    /**
     * A wait of up to a minute that retries when Vaadin re-renders an element it was looking at
     * (a stale reference means "look again", not "failed").
     */
    public static org.openqa.selenium.support.ui.WebDriverWait waitFor(WebDriver driver) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

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

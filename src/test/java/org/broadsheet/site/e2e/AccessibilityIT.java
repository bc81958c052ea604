package org.broadsheet.site.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core on every kind of public page, in light and dark colour schemes, at phone and desktop
 * widths. Serious and critical violations fail the build.
 */
@BroadsheetWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeAll
    void open() {
        browser = (ChromeDriver) HeadlessChromium.start(1280, 900);
    }

    @AfterAll
    void close() {
        browser.quit();
    }

    @ParameterizedTest(name = "{0} ({1}, {2}px)")
    @CsvSource({
        "/, light, 1280",
        "/, dark, 360",
        "/americas/bolivia, light, 1280",
        "/americas/bolivia, dark, 1280",
        "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city, light, 360",
        "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city, dark, 1280",
        "/author/ana-quispe, light, 1280",
        "/tag/water, dark, 360",
        "/search?q=water, light, 1280",
        "/search?q=nothing-matches-this, dark, 1280",
        "/page/cookie-policy, light, 360",
        "/no-such-page, light, 1280",
        "/no-such-page, dark, 360",
        "/desk/login, light, 360",
        "/desk/login?error, dark, 1280"
    })
    void noSeriousOrCriticalViolations(String path, String scheme, int width) {
        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        browser.get("http://localhost:" + port + path);

        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious).as(() -> describe(serious)).isEmpty();
        assertThat(results.getPasses()).isNotEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .limit(3)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}

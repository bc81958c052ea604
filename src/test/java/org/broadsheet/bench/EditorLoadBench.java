package org.broadsheet.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the body editor takes to appear on the article editor page, in headless Chromium:
 * from the start of navigation to the headline field in the page (the baseline: the rest of the
 * form, same page, same load) and to the editor ready for typing; the editor's own set-up (from its
 * element entering the page to ready) and the script's fetch, with the browser's cache warm and
 * with it disabled; and the script's size as sent.
 */
public final class EditorLoadBench {

    private static final String PASSWORD = "bench-passphrase-for-broadsheet";
    /** Marks, relative to the navigation's start, when the headline field and the editor enter the page. */
    private static final String OBSERVER = """
            new MutationObserver((changes, observer) => {
              if (!performance.getEntriesByName('headline').length && document.querySelector('vaadin-text-field.title-field')) {
                performance.mark('headline');
              }
            }).observe(document, {childList: true, subtree: true});
            """;

    private EditorLoadBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path script = Path.of("target/classes/META-INF/resources/rich-text/bs-rich-text.js");
        byte[] bytes = Files.readAllBytes(script);
        System.out.printf(
                "Editor load bench: bs-rich-text.js %.1f KB minified, %.1f KB gzipped; %d page loads per row%n",
                bytes.length / 1024.0, gzip(bytes) / 1024.0, runs);
        ConfigurableApplicationContext app = SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--management.server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:editor-bench;DB_CLOSE_DELAY=-1",
                "--broadsheet.admin-password=" + PASSWORD,
                "--broadsheet.data-dir=bench/out/editor-data");
        BenchBrowser session = null;
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            long id = SystemActor.call(() -> app.getBean(ArticleService.class)
                    .findPublished("americas/bolivia/la-paz", "the-cable-car-that-rewired-a-city")
                    .orElseThrow()
                    .id());
            session = BenchBrowser.loggedIn(port, PASSWORD);
            ChromeDriver browser = (ChromeDriver) session.driver();
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
            String url = "http://localhost:" + port + "/desk/articles/" + id;
            System.out.printf(
                    "%n%-34s %9s %9s %9s %9s%n", "ms (p50 / p95 over runs)", "headline", "editor", "editor", "script");
            System.out.printf("%-34s %9s %9s %9s %9s%n", "", "field in", "ready", "set-up", "fetch");
            for (boolean cached : List.of(true, false)) {
                browser.executeCdpCommand("Network.enable", Map.of());
                browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", !cached));
                load(session, url); // warm-up: classes, caches, the server's first render
                double[][] samples = new double[4][runs];
                for (int i = 0; i < runs; i++) {
                    double[] one = load(session, url);
                    for (int k = 0; k < 4; k++) {
                        samples[k][i] = one[k];
                    }
                }
                System.out.printf(
                        "%-34s %s %s %s %s%n",
                        cached ? "browser cache warm" : "browser cache disabled",
                        p50p95(samples[0]),
                        p50p95(samples[1]),
                        p50p95(samples[2]),
                        p50p95(samples[3]));
            }
        } finally {
            if (session != null) {
                session.driver().quit();
            }
            app.close();
        }
    }

    /** One full page load: headline present, editor ready, their difference, the script's fetch time. */
    private static double[] load(BenchBrowser session, String url) {
        session.driver().get(url);
        session.waiting()
                .until(d -> ((JavascriptExecutor) d)
                        .executeScript(
                                "return performance.getEntriesByName('headline').length > 0 && !!document.querySelector('bs-rich-text')"
                                        + " && performance.getEntriesByName('bs-rich-text:ready').length > 0"));
        session.driver().findElement(By.cssSelector("bs-rich-text"));
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) ((JavascriptExecutor) session.driver()).executeScript("""
                const at = name => performance.getEntriesByName(name)[0].startTime;
                const script = performance.getEntriesByType('resource').find(r => r.name.includes('bs-rich-text.js'));
                return [at('headline'), at('bs-rich-text:ready'), at('bs-rich-text:start'), script ? script.duration : 0];""");
        double headline = times.get(0).doubleValue();
        double ready = times.get(1).doubleValue();
        return new double[] {
            headline, ready, ready - times.get(2).doubleValue(), times.get(3).doubleValue()
        };
    }

    private static String p50p95(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return String.format(
                "%4.0f/%-4.0f", sorted[sorted.length / 2], sorted[(int) Math.ceil(0.95 * sorted.length) - 1]);
    }

    private static long gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }
}

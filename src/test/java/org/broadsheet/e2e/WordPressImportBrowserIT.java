package org.broadsheet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.HeadlessChromium;
import org.broadsheet.testsupport.WordPressExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin brings a WordPress site in through the desk, in a real Chromium, and its old links lead to the new pages. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:import-e2e-${random.uuid};DB_CLOSE_DELAY=-1",
            "broadsheet.data-dir=target/test-data/import-e2e-${random.uuid}",
            "broadsheet.demo-pictures=false",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD
        })
class WordPressImportBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final DeskBrowsers browsers = new DeskBrowsers();

    @TempDir
    Path files;

    @Test
    void anAdminImportsAnExportAndTheOldPermalinkMovesToTheNewPage() throws Exception {
        Path export = files.resolve("old-campaign.WordPress.2026-11-30.xml");
        Files.writeString(export, WordPressExports.campaignSite("Rain and rivers"));
        DeskBrowser admin = browsers.start(port).logIn("admin", BroadsheetTest.ADMIN_PASSWORD);

        admin.open("import-export");
        WebElement fileInput = (WebElement) admin.js("const u = document.querySelector('vaadin-upload');"
                + " return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
        fileInput.sendKeys(export.toString());
        admin.waitForText("is ready");
        admin.click("Import");
        admin.waitForText("Dry run finished");
        admin.js("document.querySelector('#import-dry-run input').click()");
        admin.wait.until(d -> !(Boolean) admin.js("return document.querySelector('#import-dry-run').checked"));
        admin.click("Import");
        admin.waitForText("Import finished.");
        HeadlessChromium.screenshot(admin.driver, "desk-import-export");

        admin.click("Export everything");
        admin.waitForText("Export finished");
        HeadlessChromium.screenshot(admin.driver, "desk-export-finished");

        HttpResponse<String> moved = DeskBrowser.httpGet(port, "/2021/03/rain-and-rivers/");
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/wp-news/riverside/rain-and-rivers");
    }
}

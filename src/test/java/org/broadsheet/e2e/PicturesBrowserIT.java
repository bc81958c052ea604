package org.broadsheet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.HeadlessChromium;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.TestPictures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A photographer's picture from upload to the reader, in a real Chromium: uploaded through the
 * desk, described, put on a new article as its featured picture and published; the public page
 * offers it in every width, its served files carry no GPS position, and axe finds nothing serious.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:pictures-e2e-${random.uuid};DB_CLOSE_DELAY=-1",
            "broadsheet.data-dir=target/test-data/pictures-e2e-${random.uuid}",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD
        })
class PicturesBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final DeskBrowsers browsers = new DeskBrowsers();

    @TempDir
    Path files;

    @Test
    void uploadDescribePlaceAndPublishAPicture() throws Exception {
        Path photo = files.resolve("harbour-from-the-phone.jpg");
        Files.write(photo, TestPictures.jpegWithExif(2400, 1600, 1));
        DeskBrowser admin = browsers.start(port).logIn("admin", BroadsheetTest.ADMIN_PASSWORD);

        admin.open("media");
        WebElement fileInput = (WebElement) admin.js("const u = document.querySelector('vaadin-upload');"
                + " return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
        fileInput.sendKeys(photo.toString());
        admin.waitForText("Added harbour-from-the-phone.jpg");
        admin.type("vaadin-text-area.media-description", "Fishing boats moored in the harbour at dusk");
        admin.click("Save");
        admin.waitForText("Saved harbour-from-the-phone.jpg");
        // the grid's row shows the new words (the browser keeps rows until told which one changed)
        admin.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().strip().equals("Fishing boats moored in the harbour at dusk")));
        HeadlessChromium.screenshot(admin.driver, "desk-media-library");

        admin.open("articles/new");
        admin.type("vaadin-text-field.title-field", "The harbour after the storm");
        admin.pick("vaadin-combo-box.section-field", "La Paz");
        admin.typeBody("Boats are back on their moorings.");
        admin.keys(org.openqa.selenium.Keys.ENTER);
        admin.pasteIntoBody("pasted-screenshot.png", "image/png", TestPictures.png(1000, 700, false));
        admin.waitForText("Describe the new picture");
        admin.dialogField("Description (alt text)").sendKeys("A harbour wall drawn in two colours");
        admin.click("Apply");
        admin.wait.until(d -> admin.bodyValue().contains("alt=\"A harbour wall drawn in two colours\""));
        admin.click("Choose picture…");
        admin.wait
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().strip().equals("harbour-from-the-phone.jpg"))
                        .findFirst()
                        .orElse(null))
                .click();
        admin.click("Use this picture");
        admin.waitForText("harbour-from-the-phone.jpg: Fishing boats moored");
        HeadlessChromium.screenshot(admin.driver, "desk-editor-featured-picture");
        admin.click("Publish now");
        admin.waitForText("Published");

        Document page = Jsoup.parse(SiteClient.page(port, "/americas/bolivia/la-paz/the-harbour-after-the-storm"));
        assertThat(page.select(".story picture img").attr("alt"))
                .isEqualTo("Fishing boats moored in the harbour at dusk");
        assertThat(page.select(".story picture img").attr("srcset")).contains(" 320w", " 1920w");
        assertThat(page.select(".story picture source[type=image/webp]").attr("srcset"))
                .contains(".webp 320w");
        assertThat(page.select(".story-body figure picture img").attr("alt"))
                .as("the pasted picture, in the body as a responsive picture with the words given on pasting")
                .isEqualTo("A harbour wall drawn in two colours");
        assertThat(page.select(".story-body figure picture img").attr("srcset")).contains(" 320w", " 960w");
        List<String> served = page.select(".story picture img")
                .attr("srcset")
                .lines()
                .flatMap(line -> List.of(line.split(", ")).stream())
                .map(candidate -> candidate.split(" ")[0])
                .collect(Collectors.toList());
        served.add(page.select("meta[property=og:image]").attr("content").replaceFirst("^https?://[^/]+", ""));
        for (String path : served) {
            byte[] bytes = bytes(path);
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class))
                    .as(path)
                    .isNull();
        }

        // the words given on pasting are the library's too
        admin.open("media");
        admin.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().strip().equals("A harbour wall drawn in two colours")));

        admin.driver.get("http://localhost:" + port + "/americas/bolivia/la-paz/the-harbour-after-the-storm");
        HeadlessChromium.screenshot(admin.driver, "site-article-with-picture");
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(admin.driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious)
                .as(() -> serious.stream().map(Rule::getId).collect(Collectors.joining(", ")))
                .isEmpty();
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = SiteClient.file(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}

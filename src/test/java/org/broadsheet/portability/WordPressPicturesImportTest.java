package org.broadsheet.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.portability.service.ImportOptions;
import org.broadsheet.portability.service.ImportProgress;
import org.broadsheet.portability.service.ImportReport;
import org.broadsheet.portability.service.WordPressImport;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.broadsheet.testsupport.TestPictures;
import org.broadsheet.testsupport.WordPressExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A WordPress site's pictures come with its uploads folder (or a zip of it), no network needed:
 * each attachment becomes a library picture with its alternative text and caption, a post's
 * featured picture is its thumbnail, images in the text point at the library (resized copies
 * too), and a file that is missing is reported and left out, or kept at its old address when the
 * admin asks. Importing again brings no picture twice.
 */
@BroadsheetWebTest
class WordPressPicturesImportTest {

    @LocalServerPort
    int port;

    @Autowired
    WordPressImport importer;

    @Autowired
    MediaService media;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    @Test
    void picturesFromTheUploadsFolderBecomeLibraryPicturesShownInThePost() throws Exception {
        Path uploads = Files.createDirectories(files.resolve("uploads/2022/05"));
        Files.write(uploads.resolve("harbour.png"), TestPictures.png(1200, 800, false));
        String site = "https://photo-site.example.org";

        ImportReport report =
                run(export(site, "harbour-day"), new ImportOptions(false, files.resolve("uploads"), false));

        assertThat(report.count("pictures imported", 0)).isEqualTo(1);
        assertThat(report.count("pictures missing from the uploads", 0)).isEqualTo(1);
        assertThat(report.notes())
                .anySatisfy(n -> assertThat(n.text()).contains("missing.jpg").contains("left out"));
        Map<String, Object> article =
                jdbc.queryForMap("select body, featured_image_media_id from article where slug = 'harbour-day'");
        long pictureId = ((Number) article.get("featured_image_media_id")).longValue();
        MediaView picture =
                Acting.as("admin", "ADMIN", () -> media.find(pictureId).orElseThrow());
        assertThat(picture.description()).isEqualTo("Boats in the harbour");
        assertThat(picture.caption()).isEqualTo("The harbour at dawn");
        assertThat((String) article.get("body"))
                .as("the resized copy in the text is the library picture")
                .contains("src=\"/media/" + pictureId + "/")
                .doesNotContain("missing.jpg")
                .contains("The boats came in");

        String gallery =
                jdbc.queryForObject("select body from article where slug = ?", String.class, "harbour-day-gallery");
        assertThat(gallery)
                .as("a gallery shows its pictures, the one whose file is missing left out")
                .contains("<figure class=\"image\"><img src=\"/media/" + pictureId + "/")
                .doesNotContain("[gallery");

        String page = RawHttp.get(port, "/photos/harbour-day").body();
        assertThat(page).contains("<picture").contains("/media/" + pictureId + "/");

        long picturesBefore = count("media_item");
        ImportReport again =
                run(export(site, "harbour-day"), new ImportOptions(false, files.resolve("uploads"), false));
        assertThat(again.count("pictures already there", 0)).isEqualTo(1);
        assertThat(count("media_item")).as("no picture twice").isEqualTo(picturesBefore);
    }

    @Test
    void aZipOfTheUploadsWorksTooAndAMissingPictureMayKeepItsOldAddress() throws Exception {
        Path zip = files.resolve("uploads.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("wp-content/uploads/2022/05/harbour-300x200.png"));
            entries.write(TestPictures.png(300, 200, false));
            entries.putNextEntry(new ZipEntry("wp-content/uploads/2022/05/harbour.png"));
            entries.write(TestPictures.png(1200, 800, false));
        }
        String site = "https://zipped-site.example.org";

        ImportReport report = run(export(site, "zipped-harbour"), new ImportOptions(false, zip, true));

        assertThat(report.count("pictures imported", 0)).isEqualTo(1);
        Map<String, Object> article =
                jdbc.queryForMap("select body, featured_image_media_id from article where slug = 'zipped-harbour'");
        long pictureId = ((Number) article.get("featured_image_media_id")).longValue();
        MediaView picture =
                Acting.as("admin", "ADMIN", () -> media.find(pictureId).orElseThrow());
        assertThat(picture.width()).as("the original, not the resized copy").isEqualTo(1200);
        assertThat((String) article.get("body")).contains(site + "/wp-content/uploads/2022/05/missing.jpg");
    }

    @Test
    void withoutUploadsTheReportSaysPicturesStayedBehind() throws Exception {
        ImportReport report = run(export("https://no-uploads.example.org", "no-uploads"), ImportOptions.dryRun(true));
        assertThat(report.count("pictures not imported (no uploads folder given)", 0))
                .isEqualTo(2);
    }

    private ImportReport run(String xml, ImportOptions options) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return Acting.as(
                "admin",
                "ADMIN",
                () -> importer.run(() -> new ByteArrayInputStream(bytes), options, ImportProgress.NONE));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** A post showing a resized copy of one uploaded picture and one whose file is missing; its thumbnail the first. */
    private static String export(String site, String slug) {
        return WordPressExports.document("Photo site", site, """
                <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>photos</wp:category_nicename>
                  <wp:category_parent></wp:category_parent><wp:cat_name>Photos</wp:cat_name></wp:category>
                <item><title>%2$s</title><link>%1$s/%2$s/</link>
                  <content:encoded><![CDATA[<img src="%1$s/wp-content/uploads/2022/05/harbour-300x200.png" alt="Boats" width="300" height="200" />
                The boats came in.

                <img src="%1$s/wp-content/uploads/2022/05/missing.jpg" alt="Lost" />]]></content:encoded>
                  <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                  <wp:post_id>80</wp:post_id><wp:post_date_gmt>2022-05-04 10:20:30</wp:post_date_gmt>
                  <wp:post_name>%2$s</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                  <category domain="category" nicename="photos">Photos</category>
                  <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>70</wp:meta_value></wp:postmeta>
                </item>
                <item><title>%2$s gallery</title><link>%1$s/%2$s-gallery/</link>
                  <content:encoded><![CDATA[The day in pictures.

                [gallery ids="70,71" columns="2"]]]></content:encoded>
                  <wp:post_id>81</wp:post_id><wp:post_date_gmt>2022-05-05 10:20:30</wp:post_date_gmt>
                  <wp:post_name>%2$s-gallery</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                  <category domain="category" nicename="photos">Photos</category>
                </item>
                <item><title>harbour</title><link>%1$s/%2$s/harbour/</link>
                  <excerpt:encoded><![CDATA[The harbour at dawn]]></excerpt:encoded>
                  <wp:post_id>70</wp:post_id><wp:post_parent>80</wp:post_parent><wp:status>inherit</wp:status>
                  <wp:post_type>attachment</wp:post_type>
                  <wp:attachment_url>%1$s/wp-content/uploads/2022/05/harbour.png</wp:attachment_url>
                  <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Boats in the harbour</wp:meta_value></wp:postmeta>
                </item>
                <item><title>missing</title><link>%1$s/%2$s/missing/</link>
                  <wp:post_id>71</wp:post_id><wp:post_parent>80</wp:post_parent><wp:status>inherit</wp:status>
                  <wp:post_type>attachment</wp:post_type>
                  <wp:attachment_url>%1$s/wp-content/uploads/2022/05/missing.jpg</wp:attachment_url>
                </item>
                                """.formatted(site, slug));
    }
}

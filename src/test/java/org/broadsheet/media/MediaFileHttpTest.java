package org.broadsheet.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Variants are served as files that never change: cached a year, revalidated by ETag, ranges answered. */
@BroadsheetWebTest
class MediaFileHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    MediaService media;

    @Test
    void aVariantIsServedForAYearWithItsTypeAndAnEtag() throws Exception {
        MediaView picture = Acting.as("tom", "AUTHOR", () -> media.upload("lake.jpg", TestPictures.jpeg(700, 400)));
        String webp = picture.variants().getFirst().webp();

        RawHttp.Response full = RawHttp.get(port, webp);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.header("Content-Type")).isEqualTo("image/webp");
        assertThat(full.header("Cache-Control"))
                .contains("max-age=31536000")
                .contains("public")
                .contains("immutable");
        assertThat(full.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(full.header("Set-Cookie")).as("no session for a picture").isEmpty();
        String etag = full.header("ETag");
        assertThat(etag).isNotBlank();

        assertThat(RawHttp.get(port, webp, "If-None-Match: " + etag).status()).isEqualTo(304);
        RawHttp.Response part = RawHttp.get(port, webp, "Range: bytes=0-9");
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.header("Content-Range")).startsWith("bytes 0-9/");

        assertThat(RawHttp.get(port, picture.variants().getFirst().fallback()).header("Content-Type"))
                .isEqualTo("image/jpeg");
    }

    @Test
    void unknownPicturesNamesAndPathTricksAre404() throws Exception {
        MediaView picture =
                Acting.as("tom", "AUTHOR", () -> media.upload("hill.png", TestPictures.png(400, 300, false)));
        long id = picture.id();
        for (String path : List.of(
                "/media/" + id + "/original.png",
                "/media/" + id + "/0000000000000000-320.webp",
                "/media/" + (id + 999) + "/"
                        + picture.variants().getFirst().webp().substring(("/media/" + id + "/").length()),
                "/media/" + id + "/..%2f..%2fsecrets.key",
                "/media/" + id + "/%2e%2e/%2e%2e/secrets.key")) {
            assertThat(RawHttp.get(port, path).status()).as(path).isIn(400, 404);
        }
    }
}

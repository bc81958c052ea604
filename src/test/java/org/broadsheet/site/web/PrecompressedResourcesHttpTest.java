package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** Stylesheets and scripts go out as the gzip copy the build wrote, not compressed per request. */
@BroadsheetWebTest
class PrecompressedResourcesHttpTest {

    @LocalServerPort
    int port;

    @Test
    void theCopyTheBrowserTakesIsSentAsBuilt() throws Exception {
        for (String path : new String[] {"/rich-text/bs-rich-text.js", "/styles/site.css", "/scripts/embeds.js"}) {
            byte[] plain = get(path, null).body();

            HttpResponse<byte[]> gzip = get(path, "gzip, deflate, br, zstd");

            assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gzip.body()).as(path).isEqualTo(built(path + ".gz"));
            assertThat(gunzip(gzip.body())).as(path).isEqualTo(plain).isEqualTo(built(path));
            assertThat(gzip.headers().allValues("Vary").toString().toLowerCase())
                    .contains("accept-encoding");
        }
    }

    private static byte[] built(String path) throws Exception {
        try (InputStream in = new ClassPathResource("META-INF/resources" + path).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private static byte[] gunzip(byte[] bytes) throws Exception {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}

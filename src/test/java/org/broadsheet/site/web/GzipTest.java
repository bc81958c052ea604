package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class GzipTest {

    static final byte[] PAGE = "<p>Bolivia’s cable cars carry 300 000 riders a day.</p>\n"
            .repeat(200)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void bothLevelsGiveBackTheSameBytesAndTheKeptOneIsNoLarger() throws IOException {
        byte[] fastest = Gzip.fastest(PAGE);
        byte[] smallest = Gzip.smallest(PAGE);

        assertThat(gunzip(fastest)).isEqualTo(PAGE);
        assertThat(gunzip(smallest)).isEqualTo(PAGE);
        assertThat(fastest.length).isLessThan(PAGE.length / 10);
        assertThat(smallest.length).isLessThanOrEqualTo(fastest.length);
    }

    @Test
    void gzipCountsOnlyWhenAskedForWithoutAZeroWeight() {
        assertThat(accepts("gzip, deflate, br")).isTrue();
        assertThat(accepts("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(accepts("gzip;q=0")).isFalse();
        assertThat(accepts("gzip; q=0.000")).isFalse();
        assertThat(accepts("deflate, br")).isFalse();
        assertThat(accepts(null)).isFalse();
    }

    private static boolean accepts(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (header != null) {
            request.addHeader("Accept-Encoding", header);
        }
        return Gzip.acceptedBy(request);
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}

package org.broadsheet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health, info and metrics answer on the management port only: readiness covers the database,
 * the search index and the media store; Prometheus sees the page cache, renders and searches;
 * the readers' port has none of it.
 */
@BroadsheetWebTest
class ManagementEndpointsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void theReadersPortHasNoManagementEndpoints() throws Exception {
        for (String path :
                new String[] {"/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/info", "/actuator/env"
                }) {
            assertThat(RawHttp.get(port, path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void readinessCoversTheDatabaseTheSearchIndexAndTheMediaStore() throws Exception {
        HttpResponse<String> ready = management("/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .contains("\"status\":\"UP\"")
                .contains("\"db\"")
                .contains("\"searchIndex\"")
                .contains("\"mediaStore\"");
        assertThat(management("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void infoSaysWhichBuildRuns() throws Exception {
        assertThat(management("/actuator/info").body()).contains("\"build\"").contains("\"version\"");
    }

    @Test
    void prometheusSeesThePageCacheRendersAndSearches() throws Exception {
        RawHttp.get(port, "/");
        RawHttp.get(port, "/");
        RawHttp.get(port, "/search?q=water");
        String metrics = management("/actuator/prometheus").body();
        assertThat(metrics)
                .contains("cache_gets_total{cache=\"pages\"")
                .contains("broadsheet_page_render_seconds_count{kind=\"home\"")
                .contains("broadsheet_search_seconds_count");
    }

    private HttpResponse<String> management(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

package org.broadsheet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.broadsheet.base.SystemActor;
import org.broadsheet.portability.service.ArchiveProgress;
import org.broadsheet.portability.service.SiteExport;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health, info and metrics answer on the management port only: readiness covers the database,
 * the search index and the media store; Prometheus sees the page cache, renders, searches and
 * the export, restore and import jobs;
 * the readers' port has none of it.
 */
@BroadsheetWebTest
class ManagementEndpointsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    SiteExport siteExport;

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

    @Test
    void prometheusFollowsExportsAndImports() throws Exception {
        SystemActor.run(() -> siteExport.export(OutputStream.nullOutputStream(), ArchiveProgress.NONE));

        String metrics = management("/actuator/prometheus").body();
        assertThat(value(metrics, "broadsheet_jobs_finished_total{job=\"export\",outcome=\"completed\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "broadsheet_jobs_items_done{job=\"export\"}"))
                .as("rows and files written")
                .isGreaterThan(0)
                .isEqualTo(value(metrics, "broadsheet_jobs_items_planned{job=\"export\"}"));
        assertThat(value(metrics, "broadsheet_jobs_running{job=\"export\"}")).isZero();
        assertThat(metrics).contains("broadsheet_jobs_running{job=\"wordpress-import\"}");
    }

    private static double value(String metrics, String series) {
        return metrics.lines()
                .filter(line -> line.startsWith(series + " "))
                .map(line ->
                        Double.parseDouble(line.substring(series.length() + 1).trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + series + " in\n" + metrics));
    }

    private HttpResponse<String> management(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

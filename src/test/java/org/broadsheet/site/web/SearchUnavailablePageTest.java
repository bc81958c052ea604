package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.search.service.SearchUnavailable;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** When the index cannot answer, readers get a clear page, not an error, and it is not cached. */
@BroadsheetWebTest
class SearchUnavailablePageTest {

    @LocalServerPort
    int port;

    @MockitoBean
    SearchService search;

    @Test
    void readersAreToldSearchIsUnavailable() throws Exception {
        when(search.searchPublished(any(SearchQuery.class)))
                .thenThrow(new SearchUnavailable("index closed", new IllegalStateException()));

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q=glacier"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Search is unavailable");
    }
}

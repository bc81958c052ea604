package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.search.service.SearchUnavailable;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.SiteClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * When the index cannot answer, or every render slot stays taken, readers get a clear page, not an
 * error, and it is not cached.
 */
@BroadsheetWebTest
class UnavailablePagesTest {

    @LocalServerPort
    int port;

    @MockitoBean
    SearchService search;

    @MockitoBean
    RenderSlots slots;

    /** Whether every render slot is taken; when not, the slots render as they would. */
    final AtomicBoolean allTaken = new AtomicBoolean();

    @BeforeEach
    void slots() {
        doAnswer(call -> {
                    if (allTaken.get()) {
                        throw new RenderSlots.SiteBusy();
                    }
                    return call.<Supplier<?>>getArgument(0).get();
                })
                .when(slots)
                .run(any());
    }

    @Test
    void readersAreToldSearchIsUnavailable() throws Exception {
        when(search.searchPublished(any(SearchQuery.class)))
                .thenThrow(new SearchUnavailable("index closed", new IllegalStateException()));

        HttpResponse<String> response = SiteClient.get(port, "/search?q=glacier");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Search is unavailable");
    }

    @Test
    void aPageThatCannotStartRenderingInTimeIsAnsweredBusyAndNotKept() throws Exception {
        allTaken.set(true);

        HttpResponse<String> busy = SiteClient.get(port, "/page/about-busy-pages");

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(busy.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Jsoup.parse(busy.body()).select("h1").text()).isEqualTo("Busy");

        allTaken.set(false);
        assertThat(SiteClient.get(port, "/page/about-busy-pages").statusCode())
                .as("once a slot is free the address renders: nothing of the busy answer was kept")
                .isEqualTo(404);
    }
}

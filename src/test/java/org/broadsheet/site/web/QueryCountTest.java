package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RequestStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No N+1: a page costs the same few SQL statements however many teasers, bylines and tags it
 * shows. Counted on the request's own thread on uncached renders, after one request has filled
 * what every page shares (site settings, the section tree). Each budget is what the page costs
 * today, so one more statement fails the build.
 */
@BroadsheetWebTest
class QueryCountTest {

    @LocalServerPort
    int port;

    @Autowired
    PageCache cache;

    @Autowired
    org.broadsheet.taxonomy.service.SectionService sections;

    @BeforeEach
    void warmUp() throws Exception {
        assertThat(get("/opinion").statusCode()).isEqualTo(200);
        assertThat(get("/britain/health/waiting-lists-seen-from-the-waiting-room")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void sectionPagesCostTheSameWhateverTheirLength() throws Exception {
        Map<String, Long> statements = new LinkedHashMap<>();
        for (String path : new String[] {
            "/americas",
            "/americas/bolivia/la-paz",
            "/africa",
            "/opinion",
            "/author/ana-quispe",
            "/author/joseph-okello",
            "/tag/water",
            "/tag/media"
        }) {
            statements.put(path, statementsFor(path));
        }
        String all = statements.toString();
        long sectionCost = statements.get("/americas");
        assertThat(statements.get("/americas/bolivia/la-paz")).as(all).isEqualTo(sectionCost);
        assertThat(statements.get("/africa")).as(all).isEqualTo(sectionCost);
        assertThat(statements.get("/opinion")).as(all).isEqualTo(sectionCost);
        assertThat(statements.get("/author/ana-quispe")).as(all).isEqualTo(statements.get("/author/joseph-okello"));
        assertThat(statements.get("/tag/water")).as(all).isEqualTo(statements.get("/tag/media"));
        assertThat(statements.values())
                .as(all)
                .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
        // a listing is one statement, its articles' bylines read with it
        assertThat(sectionCost).as(all).isEqualTo(1);
    }

    @Test
    void articleAndHomePagesStayWithinAFixedBudget() throws Exception {
        assertThat(statementsFor("/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city"))
                .isEqualTo(statementsFor("/britain/health/waiting-lists-seen-from-the-waiting-room"))
                .isLessThanOrEqualTo(9);
        // the top stories, then the blocks of every top-level section: their newest rows, then
        // those articles with their bylines, however many sections there are
        assertThat(sections.tree().roots()).hasSizeGreaterThan(2);
        assertThat(statementsFor("/")).isLessThanOrEqualTo(3);
        assertThat(statementsFor("/feed.xml")).isEqualTo(1);
    }

    @Test
    void aCachedPageCostsNoStatementAtAll() throws Exception {
        statementsFor("/americas");
        RequestStatements.reset();
        assertThat(get("/americas").statusCode()).isEqualTo(200);
        assertThat(RequestStatements.count()).isZero();
    }

    @Test
    void aQueryStringNoPageReadsServesTheCachedPage() throws Exception {
        statementsFor("/americas");
        long cached = cache.size();
        for (int i = 0; i < 20; i++) {
            assertThat(get("/americas?utm_source=x&n=" + i).statusCode()).isEqualTo(200);
        }
        assertThat(cache.size()).as("pages cached for made-up parameters").isEqualTo(cached);
        assertThat(get("/americas?page=1&utm_source=x").statusCode()).isEqualTo(200);
        assertThat(cache.size())
                .as("a parameter the page reads is another page")
                .isEqualTo(cached + 1);
    }

    private long statementsFor(String path) throws Exception {
        cache.onChange(org.broadsheet.base.PublicContentChanged.everything());
        RequestStatements.reset();
        assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        return RequestStatements.count();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Cookie", "bs_consent=refuse")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

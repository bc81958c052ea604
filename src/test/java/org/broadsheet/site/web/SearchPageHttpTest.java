package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.Drafts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The search page over HTTP: passages that can only be read, filters in the address, pages. */
@BroadsheetWebTest
class SearchPageHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anArticleQuotingScriptTagsIsShownAsTextWithTheMatchMarked() throws Exception {
        long climate = sections.tree().byPath("climate").orElseThrow().id();
        SystemActor.run(() -> editor.create(
                        Drafts.of(
                                "How a page can be attacked",
                                "how-a-page-is-attacked",
                                null,
                                "<p>Attackers paste &lt;script&gt;alert('zanzibarite')&lt;/script&gt; into forms.</p>",
                                climate,
                                List.of(),
                                Set.of()),
                        Workflow.PUBLISH,
                        null)
                .id());

        HttpResponse<String> response = get("/search?q=zanzibarite");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert");
        assertThat(page.select("script")).allSatisfy(s -> assertThat(s.data()).doesNotContain("zanzibarite"));
        assertThat(page.select(".search-results .snippet").text()).contains("<script>alert('zanzibarite')</script>");
        assertThat(page.select(".search-results .snippet mark").text()).isEqualToIgnoringCase("zanzibarite");
    }

    @Test
    void filtersAreInTheFormAndTheAddress() throws Exception {
        Document page =
                Jsoup.parse(get("/search?q=water&section=climate&year=abc").body());

        assertThat(page.select("select[name=section] option[selected]").attr("value"))
                .isEqualTo("climate");
        assertThat(page.select("select[name=year] option[selected]")).isEmpty();
        assertThat(page.select("select[name=year] option"))
                .extracting(o -> o.attr("value"))
                .contains("", "2026");
        assertThat(page.select(".search-results article.teaser"))
                .isNotEmpty()
                .allSatisfy(
                        teaser -> assertThat(teaser.select("a").attr("href")).startsWith("/climate"));

        Document unknownSection =
                Jsoup.parse(get("/search?q=water&section=no/such/place").body());
        assertThat(unknownSection.select(".search-results article.teaser")).isNotEmpty();
    }

    @Test
    void aMisspeltWordSaysResultsAreForSimilarWords() throws Exception {
        Document page = Jsoup.parse(get("/search?q=glaicer").body());

        assertThat(page.select(".search-summary").text()).contains("spelt like it");
        assertThat(page.select(".search-results h2 a").first().text())
                .isEqualTo("The glacier that fed two cities is almost gone");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

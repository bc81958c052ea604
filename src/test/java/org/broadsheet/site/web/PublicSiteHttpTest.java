package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.broadsheet.testsupport.BroadsheetTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public site over real HTTP, as a reader's browser or a crawler sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:site-${random.uuid};DB_CLOSE_DELAY=-1",
        "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD})
class PublicSiteHttpTest {

    static final String ARTICLE = "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city";

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void articlePageIsCompleteHtmlInTheRawResponse() throws Exception {
        HttpResponse<String> response = get(ARTICLE);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
        Document page = Jsoup.parse(response.body());

        assertThat(page.title()).isEqualTo("The cable car that rewired a city – Broadsheet");
        assertThat(page.select("h1")).hasSize(1).first().extracting(e -> e.text())
                .isEqualTo("The cable car that rewired a city");
        assertThat(page.select("nav.breadcrumb a")).extracting(e -> e.text())
                .containsExactly("Americas", "Bolivia", "La Paz");
        assertThat(page.select(".standfirst").text()).startsWith("Ten lines of gondolas");
        assertThat(page.select(".byline a[rel=author]").attr("href")).isEqualTo("/author/ana-quispe");
        assertThat(page.select(".byline time").attr("datetime")).isNotBlank();
        assertThat(page.select(".story-body p").size()).isGreaterThanOrEqualTo(3);
        assertThat(page.select(".story-body sup#fnref-1 a").attr("href")).isEqualTo("#fn-1");
        assertThat(page.select(".story-body li#fn-1 a").attr("href")).isEqualTo("#fnref-1");
        assertThat(page.select("a.continue").attr("href")).isEqualTo("/americas/bolivia/la-paz");
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(ARTICLE);
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("Ten lines of gondolas");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.select("main#main")).hasSize(1);
    }

    @Test
    void readersNeverGetASessionCookie() throws Exception {
        for (String path : new String[] {"/", ARTICLE, "/americas", "/no-such-page"}) {
            assertThat(get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void homeListsTheLatestPublishedArticles() throws Exception {
        Document home = Jsoup.parse(get("/").body());
        assertThat(home.title()).startsWith("Broadsheet");
        assertThat(home.select("article.teaser").size()).isGreaterThanOrEqualTo(10);
        assertThat(home.select("article.teaser h2 a")).allSatisfy(a -> assertThat(a.attr("href"))
                .matches("/[a-z0-9/-]+/[a-z0-9-]+").doesNotContain("draft-", "review-", "scheduled-", "archived-"));
        assertThat(home.select("nav.sections a")).extracting(e -> e.text()).contains("Americas", "Britain");
    }

    @Test
    void sectionPagesListTheirSubSections() throws Exception {
        HttpResponse<String> response = get("/americas");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Americas");
        assertThat(page.select("article.teaser h2 a")).extracting(a -> a.attr("href"))
                .anyMatch(href -> href.startsWith("/americas/bolivia/la-paz/"));
    }

    @Test
    void unpublishedArticlesAndUnknownPathsAreRealNotFoundPages() throws Exception {
        for (String path : new String[] {"/britain/housing/draft-the-empty-homes-register",
                "/opinion/scheduled-what-readers-asked-us-this-year", "/americas/bolivia/archived-census-postponed",
                "/no/such/thing", "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city/extra",
                "/missing-file.txt"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(page.select("header.site-header")).as(path).hasSize(1);
        }
    }

    @Test
    void badPageNumbersAreBadRequestsAndPagesPastTheEndAreNotFound() throws Exception {
        assertThat(get("/?page=abc").statusCode()).isEqualTo(400);
        assertThat(get("/?page=0").statusCode()).isEqualTo(400);
        assertThat(get("/?page=-1").statusCode()).isEqualTo(400);
        assertThat(get("/?page=99999999999").statusCode()).isEqualTo(400);
        assertThat(get("/?page=999").statusCode()).isEqualTo(404);
        assertThat(get("/?page=2").statusCode()).isEqualTo(200);
    }

    @Test
    void theDeskIsBehindTheLoginPage() throws Exception {
        assertThat(get("/login").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/desk/login"));
        for (String path : new String[] {"/desk", "/desk/articles"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/desk/login"));
        }
        assertThat(get("/desk/login").statusCode()).isEqualTo(200);
    }

    @Test
    void stylesheetsAreServedAsFiles() throws Exception {
        HttpResponse<String> css = get("/styles/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public site over real HTTP, as a reader's browser or a crawler sees it. */
@BroadsheetWebTest
class PublicSiteHttpTest {

    static final String ARTICLE = "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city";

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void articlePageIsCompleteHtmlInTheRawResponse() throws Exception {
        HttpResponse<String> response = get(ARTICLE);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
        Document page = Jsoup.parse(response.body());

        assertThat(page.title()).isEqualTo("The cable car that rewired a city – Broadsheet");
        assertThat(page.select("h1"))
                .hasSize(1)
                .first()
                .extracting(e -> e.text())
                .isEqualTo("The cable car that rewired a city");
        assertThat(page.select("nav.breadcrumb a"))
                .extracting(e -> e.text())
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
        assertThat(home.select("article.teaser h2 a"))
                .allSatisfy(a -> assertThat(a.attr("href"))
                        .matches("/[a-z0-9/-]+/[a-z0-9-]+")
                        .doesNotContain("draft-", "review-", "scheduled-", "archived-"));
        assertThat(home.select("nav.sections a")).extracting(e -> e.text()).contains("Americas", "Britain");
    }

    @Test
    void sectionPagesListTheirSubSections() throws Exception {
        HttpResponse<String> response = get("/americas");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Americas");
        assertThat(page.select("article.teaser h2 a"))
                .extracting(a -> a.attr("href"))
                .anyMatch(href -> href.startsWith("/americas/bolivia/la-paz/"));
    }

    @Test
    void unpublishedArticlesAndUnknownPathsAreRealNotFoundPages() throws Exception {
        for (String path : new String[] {
            "/britain/housing/draft-the-empty-homes-register",
            "/opinion/scheduled-what-readers-asked-us-this-year",
            "/no/such/thing",
            "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city/extra",
            "/missing-file.txt"
        }) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(page.select("header.site-header")).as(path).hasSize(1);
        }
    }

    @Test
    void anArticleTakenOffTheSiteAfterReadersSawItIsGoneNotMissing() throws Exception {
        HttpResponse<String> response = get("/americas/bolivia/archived-census-postponed");
        assertThat(response.statusCode()).isEqualTo(410);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("This article was withdrawn");
        assertThat(page.select("header.site-header")).hasSize(1);
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
        assertThat(get("/login").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/desk/login"));
        for (String path : new String[] {"/desk", "/desk/articles"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/desk/login"));
        }
        assertThat(get("/desk/login").statusCode()).isEqualTo(200);
    }

    @Test
    void stylesheetsAreServedAsFiles() throws Exception {
        HttpResponse<String> css = get("/styles/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    @Test
    void articlePagesCarrySharingAndStructuredData() throws Exception {
        Document page = Jsoup.parse(get(ARTICLE).body());
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:title]").attr("content"))
                .startsWith("The cable car that rewired a city");
        assertThat(page.select("meta[property=og:url]").attr("content")).endsWith(ARTICLE);
        assertThat(page.select("meta[property=og:description]").attr("content")).startsWith("Ten lines");
        assertThat(page.select("meta[property=article:published_time]").attr("content"))
                .isNotBlank();
        assertThat(page.select("meta[property=article:section]").attr("content"))
                .isEqualTo("La Paz");
        assertThat(page.select("meta[property=article:author]").attr("content")).endsWith("/author/ana-quispe");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");

        var jsonLd = page.select("script[type=application/ld+json]");
        assertThat(jsonLd).hasSize(2);
        var mapper = tools.jackson.databind.json.JsonMapper.shared();
        var article = mapper.readTree(jsonLd.get(0).data());
        assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asString()).isEqualTo("The cable car that rewired a city");
        assertThat(article.get("author").get(0).get("name").asString()).isEqualTo("Ana Quispe");
        var crumbs = mapper.readTree(jsonLd.get(1).data());
        assertThat(crumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(crumbs.get("itemListElement")).hasSize(3);
        assertThat(crumbs.get("itemListElement").get(2).get("name").asString()).isEqualTo("La Paz");
    }

    @Test
    void relatedArticlesAreOtherPublishedArticlesNearby() throws Exception {
        Document page = Jsoup.parse(get(ARTICLE).body());
        var related = page.select("aside.related li a");
        assertThat(related).hasSizeBetween(1, 5);
        assertThat(related)
                .extracting(a -> a.attr("href"))
                .doesNotContain(ARTICLE)
                .allSatisfy(href -> assertThat(href).doesNotContain("draft-", "review-", "scheduled-", "archived-"))
                .first()
                .isEqualTo("/americas/bolivia/la-paz/a-market-that-never-closes");
    }

    @Test
    void authorTagStaticAndSearchPagesWork() throws Exception {
        Document author = Jsoup.parse(get("/author/mariam-haddad").body());
        assertThat(author.select("h1").text()).isEqualTo("Mariam Haddad");
        assertThat(author.select(".bio").text()).contains("freelance");
        assertThat(author.select("article.teaser")).isNotEmpty();
        assertThat(author.select("article.teaser .byline"))
                .allSatisfy(b -> assertThat(b.text()).contains("Mariam Haddad"));

        Document tag = Jsoup.parse(get("/tag/water").body());
        assertThat(tag.select("h1").text()).isEqualTo("Water");
        assertThat(tag.select("article.teaser h2 a")).extracting(a -> a.text()).contains("Who owns the rain?");

        Document about = Jsoup.parse(get("/page/about").body());
        assertThat(about.select("h1").text()).isEqualTo("About us");
        assertThat(get("/page/cookie-policy").statusCode()).isEqualTo(200);
        assertThat(get("/page/nothing-here").statusCode()).isEqualTo(404);
        assertThat(get("/author/nobody").statusCode()).isEqualTo(404);
        assertThat(get("/tag/nothing").statusCode()).isEqualTo(404);

        Document search = Jsoup.parse(get("/search?q=glacier").body());
        assertThat(search.select("h1").text()).isEqualTo("Search");
        assertThat(search.select(".search-summary").text()).contains("glacier");
        assertThat(search.select("article.teaser h2 a"))
                .extracting(a -> a.text())
                .contains("The glacier that fed two cities is almost gone");
        assertThat(search.select("meta[name=robots]").attr("content")).contains("noindex");
    }

    @Test
    void oddSearchesGetFriendlyPagesNeverErrors() throws Exception {
        for (String q : new String[] {
            "",
            "%20%20%20",
            "%25",
            "_",
            "%5C",
            "%27%3B+drop+table+article%3B--",
            "a".repeat(500),
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E"
        }) {
            HttpResponse<String> response = get("/search?q=" + q);
            assertThat(response.statusCode()).as(q).isEqualTo(200);
            assertThat(response.body()).as(q).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(Jsoup.parse(get("/search?q=%25").body()).select("article.teaser"))
                .isEmpty();
    }

    @Test
    void everyPageHasTheSiteFrame() throws Exception {
        for (String path : new String[] {
            "/", "/americas", ARTICLE, "/author/ana-quispe", "/tag/water", "/page/about", "/search?q=water", "/nope"
        }) {
            Document page = Jsoup.parse(get(path).body());
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.select("header.site-header nav.sections > ul > li"))
                    .as(path)
                    .hasSizeGreaterThan(3);
            assertThat(page.select("nav.sections .sub-sections a"))
                    .as(path)
                    .extracting(a -> a.text())
                    .contains("Bolivia", "Housing");
            assertThat(page.select("form[role=search] input[name=q]")).as(path).isNotEmpty();
            assertThat(page.select("footer.site-footer a"))
                    .as(path)
                    .extracting(a -> a.attr("href"))
                    .contains("/feed.xml", "/page/about", "/page/cookie-policy", "/americas");
        }
    }

    @Test
    void conditionalRequestsAreAnsweredWithNotModified() throws Exception {
        HttpResponse<String> first = get(ARTICLE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("public", "max-age=60"));

        HttpResponse<String> byTag = send(HttpRequest.newBuilder(uri(ARTICLE))
                .header("If-None-Match", etag)
                .build());
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        HttpResponse<String> byDate = send(HttpRequest.newBuilder(uri(ARTICLE))
                .header("If-Modified-Since", lastModified)
                .build());
        assertThat(byDate.statusCode()).isEqualTo(304);
        HttpResponse<String> stale = send(HttpRequest.newBuilder(uri(ARTICLE))
                .header("If-None-Match", "\"something-else\"")
                .build());
        assertThat(stale.statusCode()).isEqualTo(200);

        for (String path : new String[] {"/", "/feed.xml", "/sitemap.xml", "/americas/feed.xml"}) {
            String tag = get(path).headers().firstValue("ETag").orElseThrow();
            assertThat(send(HttpRequest.newBuilder(uri(path))
                                    .header("If-None-Match", tag)
                                    .build())
                            .statusCode())
                    .as(path)
                    .isEqualTo(304);
        }
    }

    @Test
    void feedsAreAtom() throws Exception {
        for (String path : new String[] {
            "/feed.xml", "/americas/feed.xml", "/americas/bolivia/la-paz/feed.xml", "/author/ana-quispe/feed.xml"
        }) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
            Document feed = Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
            assertThat(feed.select("feed > title").text()).as(path).isNotBlank();
            assertThat(feed.select("feed > entry")).as(path).isNotEmpty();
            assertThat(feed.select("feed > entry > link"))
                    .as(path)
                    .allSatisfy(l -> assertThat(l.attr("href")).startsWith("http://localhost:" + port + "/"));
        }
        Document section =
                Jsoup.parse(get("/americas/bolivia/la-paz/feed.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(section.select("entry > title"))
                .extracting(e -> e.text())
                .contains("The cable car that rewired a city")
                .doesNotContain("Who owns the rain?");
        assertThat(get("/no-such-section/feed.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void theSiteHasAnIconDrawnFromItsNameSoBrowsersNeverMeetA404() throws Exception {
        HttpResponse<byte[]> ico =
                http.send(HttpRequest.newBuilder(uri("/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).hasValue("image/png");
        java.awt.image.BufferedImage icon = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(ico.body()));
        assertThat(icon.getWidth()).isEqualTo(32);
        assertThat(ico.headers().allValues("Set-Cookie")).isEmpty();
        String etag = ico.headers().firstValue("ETag").orElseThrow();
        assertThat(send(HttpRequest.newBuilder(uri("/favicon.ico"))
                                .header("If-None-Match", etag)
                                .build())
                        .statusCode())
                .isEqualTo(304);

        HttpResponse<String> svg = get("/favicon.svg");
        assertThat(svg.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(Jsoup.parse(svg.body(), "", org.jsoup.parser.Parser.xmlParser())
                        .select("text")
                        .text())
                .as("the first letter of the site's name")
                .isEqualTo("B");
        assertThat(Jsoup.parse(get("/").body()).select("link[rel=icon]").attr("href"))
                .isEqualTo("/favicon.svg");
    }

    @Test
    void sitemapAndRobotsGuideCrawlers() throws Exception {
        Document index = Jsoup.parse(get("/sitemap.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(index.select("sitemapindex > sitemap > loc"))
                .extracting(e -> e.text())
                .contains(
                        "http://localhost:" + port + "/sitemap-pages.xml",
                        "http://localhost:" + port + "/sitemap-articles-1.xml");
        Document articles = Jsoup.parse(get("/sitemap-articles-1.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(articles.select("url > loc"))
                .extracting(e -> e.text())
                .contains("http://localhost:" + port + ARTICLE)
                .noneMatch(loc -> loc.contains("draft-") || loc.contains("scheduled-"));
        assertThat(articles.select("url > lastmod"))
                .allSatisfy(l -> assertThat(l.text()).matches("\\d{4}-.*Z"));
        Document pages = Jsoup.parse(get("/sitemap-pages.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(pages.select("url > loc"))
                .extracting(e -> e.text())
                .contains("http://localhost:" + port + "/americas/bolivia/la-paz");
        assertThat(get("/sitemap-articles-99.xml").statusCode()).isEqualTo(404);
        // the front page last changed with the newest publication (the feed's date), not when it was rendered
        String newest = Jsoup.parse(get("/feed.xml").body(), "", org.jsoup.parser.Parser.xmlParser())
                .select("feed > updated")
                .text();
        assertThat(pages.select("url > lastmod").first().text()).isEqualTo(newest);
        assertThat(index.select("sitemap > lastmod"))
                .allSatisfy(l -> assertThat(l.text()).isEqualTo(newest));

        String robots = get("/robots.txt").body();
        assertThat(robots).contains("Disallow: /desk", "Sitemap: http://localhost:" + port + "/sitemap.xml");
    }

    @Test
    void theCookieNoticeIsAnsweredOnceWithOrWithoutJavaScript() throws Exception {
        Document fresh = Jsoup.parse(get("/").body());
        assertThat(fresh.select("aside.cookie-notice")).hasSize(1);
        assertThat(fresh.select("aside.cookie-notice p").text()).contains("cookies");
        assertThat(fresh.select("aside.cookie-notice a").attr("href")).isEqualTo("/page/cookie-policy");
        // "Learn more" alone says nothing out of context (Lighthouse's link-text audit): the name says where
        assertThat(fresh.select("aside.cookie-notice a").text()).isEqualTo("Learn more about cookies on this site");
        assertThat(fresh.select("aside.cookie-notice a > .visually-hidden").text())
                .isEqualTo("about cookies on this site");
        assertThat(fresh.select("script[src=/scripts/cookie-notice.js]")).hasSize(1);

        HttpResponse<String> plainPost = send(HttpRequest.newBuilder(uri("/consent"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=refuse&return=%2Famericas"))
                .build());
        assertThat(plainPost.statusCode()).isEqualTo(303);
        assertThat(plainPost.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/americas"));
        String cookie = plainPost.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("bs_consent=refuse").contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000");

        HttpResponse<String> scripted = send(HttpRequest.newBuilder(uri("/consent"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("choice=accept&return=%2F"))
                .build());
        assertThat(scripted.statusCode()).isEqualTo(204);
        assertThat(scripted.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).startsWith("bs_consent=accept"));

        Document answered = Jsoup.parse(send(HttpRequest.newBuilder(uri("/"))
                        .header("Cookie", "bs_consent=refuse")
                        .build())
                .body());
        assertThat(answered.select("aside.cookie-notice")).isEmpty();
        assertThat(answered.select("script[src=/scripts/cookie-notice.js]")).isEmpty();

        HttpResponse<String> offsite = send(HttpRequest.newBuilder(uri("/consent"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=accept&return=%2F%2Fevil.example"))
                .build());
        assertThat(offsite.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("evil"));
        HttpResponse<String> nonsense = send(HttpRequest.newBuilder(uri("/consent"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=maybe"))
                .build());
        assertThat(nonsense.statusCode()).isEqualTo(400);
    }

    @Test
    void stylesheetsAndScriptsAreCompressedAndRevalidatedInsteadOfDownloadedAgain() throws Exception {
        for (String path : List.of("/rich-text/bs-rich-text.js", "/styles/site.css")) {
            HttpResponse<byte[]> first = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(first.headers().firstValue("Cache-Control")).as(path).contains("no-cache");
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<byte[]> again = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("If-Modified-Since", modified)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void aPageIsGzippedOnceWhetherRenderedOrSentFromTheCache() throws Exception {
        String path = "/search?q=glacier+gzip";
        List<byte[]> gzipped = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) { // the first renders, the second comes from the cache
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(response.headers().firstValue("Vary"))
                    .hasValueSatisfying(vary ->
                            assertThat(vary.toLowerCase(java.util.Locale.ROOT)).contains("accept-encoding"));
            gzipped.add(response.body());
        }
        HttpResponse<byte[]> identity =
                http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(identity.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<html");
        for (byte[] body : gzipped) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                assertThat(in.readAllBytes()).as("gzipped once, not twice").isEqualTo(identity.body());
            }
        }
    }

    @Test
    void publicPagesSendAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> response = get(ARTICLE);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                        .contains(
                                "frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://platform.twitter.com;")
                        .doesNotContain("unsafe-inline", "frame-src *", "https://www.youtube.com"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(Jsoup.parse(response.body()).select("script:not([src]):not([type=application/ld+json])"))
                .isEmpty();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }
}

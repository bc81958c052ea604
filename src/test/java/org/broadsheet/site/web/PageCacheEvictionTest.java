package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.FrontPick;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.FrontService;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A change drops exactly the cached pages that show it, and readers see it at once. */
@BroadsheetWebTest
class PageCacheEvictionTest {

    static final String CABLE_CAR = "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city";

    @LocalServerPort
    int port;

    @Autowired
    PageCache cache;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Autowired
    AuthorService authors;

    @Autowired
    TagService tags;

    @Autowired
    FrontService fronts;

    @Test
    void publishingDropsThePagesThatListTheArticleAndKeepsTheOthers() throws Exception {
        List<String> affected = List.of(
                "/",
                "/opinion",
                "/tag/media",
                "/author/tom-reyes",
                "/feed.xml",
                "/opinion/feed.xml",
                "/sitemap.xml",
                "/search?q=fresh");
        List<String> unaffected = List.of(
                "/africa", "/tag/water", "/author/joseph-okello", CABLE_CAR, "/americas/feed.xml", "/page/about");
        for (String path : concat(affected, unaffected)) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
            assertThat(cache.isCached(uriOf(path))).as(path).isTrue();
        }

        long opinion = sections.tree().byPath("opinion").orElseThrow().id();
        long tom = authors.findBySlug("tom-reyes").orElseThrow().id();
        long media = tags.findBySlug("media").orElseThrow().id();
        SystemActor.call(() -> editor.create(
                        Drafts.of(
                                "A fresh column on local papers",
                                "fresh-column",
                                "Why it matters",
                                "<p>Text</p>",
                                opinion,
                                List.of(tom),
                                Set.of(media)),
                        Workflow.PUBLISH,
                        null)
                .id());

        assertThat(affected)
                .allSatisfy(
                        path -> assertThat(cache.isCached(uriOf(path))).as(path).isFalse());
        assertThat(unaffected)
                .allSatisfy(
                        path -> assertThat(cache.isCached(uriOf(path))).as(path).isTrue());
        for (String path : List.of("/", "/opinion", "/tag/media", "/author/tom-reyes", "/feed.xml")) {
            assertThat(get(path).body()).as(path).contains("A fresh column on local papers");
        }
    }

    @Test
    void draftsChangeNothingReadersSee() throws Exception {
        get("/opinion");
        long opinion = sections.tree().byPath("opinion").orElseThrow().id();
        SystemActor.call(() -> editor.create(
                        Drafts.of(
                                "Unfinished", "unfinished-cache-test", null, "<p>x</p>", opinion, List.of(), Set.of()),
                        Workflow.SAVE,
                        null)
                .id());
        assertThat(cache.isCached("/opinion")).isTrue();
    }

    @Test
    void aSectionChangeDropsEveryPageBecauseEveryPageShowsTheNavigation() throws Exception {
        get("/africa");
        get(CABLE_CAR);
        SystemActor.call(() -> sections.create("Europe", "europe-cache-test", null, null));
        assertThat(cache.isCached("/africa")).isFalse();
        assertThat(cache.isCached(CABLE_CAR)).isFalse();
        assertThat(get("/africa").body()).contains("/europe-cache-test");
    }

    @Test
    void aFrontChangeDropsOnlyThePageShowingThatFront() throws Exception {
        long bolivia = sections.tree().byPath("americas/bolivia").orElseThrow().id();
        long cableCar = articles.findPublished("americas/bolivia/la-paz", "the-cable-car-that-rewired-a-city")
                .orElseThrow()
                .id();
        List<String> pages = List.of("/", "/americas/bolivia", "/americas", "/africa", CABLE_CAR, "/feed.xml");
        for (String path : pages) {
            get(path);
        }

        SystemActor.call(() -> fronts.publish(
                null,
                fronts.open(null).version(),
                List.of(new FrontPick(cableCar, "Cable car leads the front", null))));
        assertThat(pages)
                .allSatisfy(path -> assertThat(cache.isCached(path)).as(path).isEqualTo(!path.equals("/")));
        assertThat(get("/").body()).contains("Cable car leads the front");

        SystemActor.call(
                () -> fronts.publish(bolivia, fronts.open(bolivia).version(), List.of(FrontPick.of(cableCar))));
        assertThat(pages)
                .allSatisfy(
                        path -> assertThat(cache.isCached(path)).as(path).isEqualTo(!path.equals("/americas/bolivia")));
        assertThat(get("/americas/bolivia").body()).containsOnlyOnce("the-cable-car-that-rewired-a-city\"");

        SystemActor.call(() -> fronts.publish(null, fronts.open(null).version(), List.of()));
        SystemActor.call(() -> fronts.publish(bolivia, fronts.open(bolivia).version(), List.of()));
        assertThat(get("/").body()).doesNotContain("Cable car leads the front");
    }

    private static String uriOf(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

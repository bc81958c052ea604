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
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Renaming and moving never breaks a link: every old address answers 301 with the current one. */
@BroadsheetWebTest
class RedirectsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SectionService sections;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void renamedArticlesRedirectFromEveryOldAddressInOneHop() throws Exception {
        SectionSummary section = section("Redirect desk", "redirect-desk", null);
        long id = SystemActor.call(() -> editor.create(
                        Drafts.of(
                                "Story first",
                                "first-slug",
                                "Standfirst",
                                "<p>Body</p>",
                                section.id(),
                                List.of(),
                                Set.of()),
                        Workflow.PUBLISH,
                        java.time.Instant.now().minus(java.time.Duration.ofDays(1)))
                .id());
        assertThat(status("/redirect-desk/first-slug")).isEqualTo(200);

        SystemActor.run(() -> Drafts.move(editor, id, section.id(), "second-slug"));
        SystemActor.run(() -> Drafts.move(editor, id, section.id(), "third-slug"));

        assertMovedTo("/redirect-desk/first-slug", "/redirect-desk/third-slug");
        assertMovedTo("/redirect-desk/second-slug", "/redirect-desk/third-slug");
        assertThat(status("/redirect-desk/third-slug")).isEqualTo(200);
        var byline =
                org.jsoup.Jsoup.parse(get("/redirect-desk/third-slug").body()).select(".story .byline");
        assertThat(byline.text()).as("a day after publishing, a change shows").contains("Updated");
        assertThat(byline.select("time")).hasSize(2);
    }

    @Test
    void movedSectionsTakeTheirArticlesAndSubSectionsAlong() throws Exception {
        SectionSummary top = section("Old top", "old-top", null);
        SectionSummary child = section("Child", "child", top.id());
        article(child, "story-below");
        SectionSummary newParent = section("New home", "new-home", null);

        SystemActor.call(() -> sections.update(top.id(), "Renamed top", "renamed-top", null, null));
        assertMovedTo("/old-top", "/renamed-top");
        assertMovedTo("/old-top/child", "/renamed-top/child");
        assertMovedTo("/old-top/child/story-below", "/renamed-top/child/story-below");

        SystemActor.call(() -> sections.update(child.id(), "Child", "moved-child", newParent.id(), null));
        assertMovedTo("/old-top/child/story-below", "/new-home/moved-child/story-below");
        assertMovedTo("/renamed-top/child/story-below", "/new-home/moved-child/story-below");
        assertMovedTo("/renamed-top/child", "/new-home/moved-child");
        assertThat(status("/new-home/moved-child/story-below")).isEqualTo(200);
    }

    @Test
    void aChainOfSectionAndSlugChangesStillResolves() throws Exception {
        SectionSummary section = section("Chain", "chain-a", null);
        long id = article(section, "chain-story");
        SystemActor.call(() -> sections.update(section.id(), "Chain", "chain-b", null, null));
        SystemActor.run(() -> Drafts.move(editor, id, section.id(), "chain-story-2"));
        SystemActor.call(() -> sections.update(section.id(), "Chain", "chain-c", null, null));

        assertMovedTo("/chain-a/chain-story", "/chain-c/chain-story-2");
        assertMovedTo("/chain-b/chain-story", "/chain-c/chain-story-2");
        assertMovedTo("/chain-b/chain-story-2", "/chain-c/chain-story-2");
        assertMovedTo("/chain-a", "/chain-c");
    }

    @Test
    void oldAddressesOfUnpublishedArticlesStayNotFound() throws Exception {
        SectionSummary section = section("Hidden", "hidden-desk", null);
        long id = SystemActor.call(() -> editor.create(
                        Drafts.of("Draft", "draft-one", null, "<p>x</p>", section.id(), List.of(), Set.of()),
                        Workflow.SAVE,
                        null)
                .id());
        SystemActor.run(() -> Drafts.move(editor, id, section.id(), "draft-two"));
        assertThat(status("/hidden-desk/draft-one")).isEqualTo(404);
        assertThat(status("/hidden-desk/draft-two")).isEqualTo(404);
    }

    private SectionSummary section(String name, String slug, Long parentId) {
        return SystemActor.call(() -> sections.create(name, slug, parentId, null));
    }

    private long article(SectionSummary section, String slug) {
        return SystemActor.call(() -> editor.create(
                        Drafts.of(
                                "Story " + slug, slug, "Standfirst", "<p>Body</p>", section.id(), List.of(), Set.of()),
                        Workflow.PUBLISH,
                        null)
                .id());
    }

    private void assertMovedTo(String from, String to) throws Exception {
        HttpResponse<String> response = get(from);
        assertThat(response.statusCode()).as(from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .as(from)
                .hasValueSatisfying(
                        location -> assertThat(URI.create(location).getPath()).isEqualTo(to));
        assertThat(get(to).statusCode()).as(to).isEqualTo(200);
    }

    private int status(String path) throws Exception {
        return get(path).statusCode();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

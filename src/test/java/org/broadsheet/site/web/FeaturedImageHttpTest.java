package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.service.ArticleDraft;
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

/** A featured picture appears with its caption and credit on the article, its teasers and in sharing tags. */
@BroadsheetWebTest
class FeaturedImageHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Test
    void thePictureShowsWithCaptionCreditAndSharingTags() throws Exception {
        long section = sections.tree().byPath("climate/water").orElseThrow().id();
        SystemActor.run(() -> editor.create(
                Drafts.of(
                                "Dry taps in the valley",
                                "dry-taps",
                                "Standfirst",
                                "<p>Body</p>",
                                section,
                                List.of(),
                                Set.of())
                        .withFeaturedImage(new FeaturedImage(
                                "/media/7/1200",
                                "A woman fills jerrycans at a standpipe",
                                "Queues form before dawn.",
                                "Photo: Ana Quispe")),
                Workflow.PUBLISH,
                null));

        Document page = Jsoup.parse(get("/climate/water/dry-taps"));
        assertThat(page.select(".story figure.featured-image img").attr("src")).isEqualTo("/media/7/1200");
        assertThat(page.select(".story figure.featured-image img").attr("alt"))
                .isEqualTo("A woman fills jerrycans at a standpipe");
        assertThat(page.select(".story figure.featured-image img").attr("sizes"))
                .isNotBlank();
        assertThat(page.select(".story figcaption").text()).isEqualTo("Queues form before dawn. Photo: Ana Quispe");
        assertThat(page.select(".story figcaption .credit").text()).isEqualTo("Photo: Ana Quispe");
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost:" + port + "/media/7/1200");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

        Document listing = Jsoup.parse(get("/climate/water"));
        assertThat(listing.select("article.teaser figure img[loading=lazy]").attr("src"))
                .isEqualTo("/media/7/1200");
    }

    @Test
    void picturesNeedASafeAddressAndAnAltTextAndABadOneWritesNothing() {
        long section = sections.tree().byPath("climate").orElseThrow().id();
        ArticleDraft draft =
                Drafts.of("No picture yet", "no-picture-yet", null, "<p>Body</p>", section, List.of(), Set.of());
        assertThatThrownBy(() ->
                        publish(draft.withFeaturedImage(new FeaturedImage("javascript:alert(1)", "alt", null, null))))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("image"));
        assertThatThrownBy(() -> publish(
                        draft.withFeaturedImage(new FeaturedImage("http://tracker.example/x.png", "alt", null, null))))
                .isInstanceOf(DomainException.ValidationFailed.class);
        assertThatThrownBy(() -> publish(draft.withFeaturedImage(new FeaturedImage("/media/1/800", " ", null, null))))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("alt"));
        assertThat(SystemActor.call(() -> articles.findPublished("climate", "no-picture-yet")))
                .as("a refused picture writes no article")
                .isEmpty();
    }

    private void publish(ArticleDraft draft) {
        SystemActor.run(() -> editor.create(draft, Workflow.PUBLISH, null));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}

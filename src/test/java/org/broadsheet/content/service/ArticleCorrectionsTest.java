package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.CorrectionKind;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** Corrections are published on the article, in its structured data and on the corrections page. */
@BroadsheetWebTest
class ArticleCorrectionsTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleCorrections corrections;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Test
    void aCorrectionShowsAtTheEndOfTheArticleInItsStructuredDataAndOnTheCorrectionsPage() throws Exception {
        EditableArticle article = publish("Turnout in the mayoral vote", "turnout-in-the-mayoral-vote");
        get(article.url());
        get("/corrections");

        Acting.as(
                "ana",
                "EDITOR",
                () -> corrections.add(
                        article.id(),
                        CorrectionKind.CORRECTION,
                        "An earlier version gave turnout as 61%. It was 56%. <script>alert(1)</script>"));
        Acting.as("ana", "EDITOR", () -> corrections.add(article.id(), CorrectionKind.UPDATE, "Final results added."));

        Document page = Jsoup.parse(get(article.url()).body());
        assertThat(page.select("section.corrections li"))
                .extracting(e -> e.text())
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Correction, ").contains("It was 56%."),
                        second -> assertThat(second).startsWith("Update, ").endsWith("Final results added."));
        assertThat(page.select("section.corrections script"))
                .as("text, never markup")
                .isEmpty();
        String jsonLd = page.select("script[type=application/ld+json]").stream()
                .map(e -> e.data())
                .filter(d -> d.contains("NewsArticle"))
                .findFirst()
                .orElseThrow();
        assertThat(jsonLd).contains("\"correction\"", "CorrectionComment", "It was 56%.");

        Document list = Jsoup.parse(get("/corrections").body());
        assertThat(list.select(".correction-list li").first().text())
                .as("newest first")
                .contains("Turnout in the mayoral vote", "Final results added.");
        assertThat(list.select(".correction-list a").attr("href")).isEqualTo(article.url());
    }

    @Test
    void onlyEditorsCorrectAndOnlyPublishedArticlesWithAUsableText() throws Exception {
        EditableArticle article = publish("A story to correct", "a-story-to-correct");
        assertThatThrownBy(() -> Acting.as(
                        "tom", "AUTHOR", () -> corrections.add(article.id(), CorrectionKind.CORRECTION, "Mine")))
                .isInstanceOf(AccessDeniedException.class);
        for (String bad : new String[] {"  ", "x".repeat(ArticleCorrections.MAX_LENGTH + 1)}) {
            assertThatThrownBy(() -> Acting.as(
                            "ana", "EDITOR", () -> corrections.add(article.id(), CorrectionKind.CORRECTION, bad)))
                    .isInstanceOf(DomainException.ValidationFailed.class);
        }
        EditableArticle draft =
                SystemActor.call(() -> editor.create(Drafts.titled("Not out yet", bolivia()), Workflow.SAVE, null));
        assertThatThrownBy(() -> Acting.as(
                        "ana", "EDITOR", () -> corrections.add(draft.id(), CorrectionKind.UPDATE, "Too early")))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .hasMessageContaining("published articles");
        assertThat(Acting.as("ana", "EDITOR", () -> corrections.of(article.id())))
                .isEmpty();
    }

    private EditableArticle publish(String title, String slug) {
        return SystemActor.call(() -> editor.create(
                Drafts.of(title, slug, null, "<p>Text.</p>", bolivia(), List.of(), Set.of()), Workflow.PUBLISH, null));
    }

    private long bolivia() {
        return Drafts.sectionAt(sections, "americas/bolivia");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return SiteClient.get(port, path);
    }
}

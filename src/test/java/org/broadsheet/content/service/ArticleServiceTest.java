package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@BroadsheetTest
class ArticleServiceTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Test
    void demoContentHasArticlesInEveryStatus() {
        assertThat(articles.countPublished()).isGreaterThanOrEqualTo(20);
        assertThat(articles.latest(PageRequest.of(0, 100)).getContent()).hasSize((int) articles.countPublished());
        assertThat(sections.tree().byPath("americas/bolivia/la-paz")).isPresent();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void demoContentCountsCoverEveryStatus() {
        assertThat(articles.countByStatus())
                .allSatisfy((status, count) -> assertThat(count).isPositive());
        assertThat(articles.countByStatus().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isGreaterThanOrEqualTo(30);
    }

    @Test
    void readersSeeOnlyPublishedArticles() {
        assertThat(articles.latest(PageRequest.of(0, 200)))
                .allSatisfy(t -> assertThat(t.url()).doesNotContain("draft-", "review-", "scheduled-", "archived-"));
        assertThat(articles.findPublished("britain/housing", "draft-the-empty-homes-register"))
                .isEmpty();
        assertThat(articles.findPublished("americas/bolivia/la-paz", "the-cable-car-that-rewired-a-city"))
                .hasValueSatisfying(a -> {
                    assertThat(a.sectionTrail()).hasSize(3);
                    assertThat(a.bylines()).extracting("name").containsExactly("Ana Quispe");
                    assertThat(a.bodyHtml()).contains("id=\"fn-1\"", "href=\"/americas/bolivia/la-paz/");
                });
    }

    @Test
    void sectionListingsIncludeSubSections() {
        long americas = sections.tree().byPath("americas").orElseThrow().id();
        assertThat(articles.latestInSection(americas, PageRequest.of(0, 100)))
                .extracting(ArticleTeaser::url)
                .anyMatch(url -> url.startsWith("/americas/bolivia/la-paz/"))
                .anyMatch(url -> url.startsWith("/americas/venezuela/"));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void pinnedRelatedArticlesComeFirstAndUnpublishedPinsAreSkipped() {
        PublishedArticle story = articles.findPublished("africa/sudan", "a-border-town-doubles-overnight")
                .orElseThrow();
        PublishedArticle pinned = articles.findPublished("opinion", "why-we-publish-our-corrections")
                .orElseThrow();
        long draft = articles.deskList(DeskFilter.NONE, PageRequest.of(0, 100)).stream()
                .filter(row -> row.status() == ArticleStatus.DRAFT)
                .findFirst()
                .orElseThrow()
                .id();
        pin(story.id(), List.of(draft, pinned.id()));

        List<RelatedArticle> related = articles.related(story.id(), 5);
        assertThat(related)
                .first()
                .extracting(RelatedArticle::id, RelatedArticle::title, RelatedArticle::url)
                .containsExactly(pinned.id(), pinned.title(), pinned.url());
        assertThat(related).extracting(RelatedArticle::id).doesNotContain(draft, story.id());
        assertThat(related).hasSizeLessThanOrEqualTo(5);

        assertThatThrownBy(() -> pin(story.id(), List.of(story.id())))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("related"));
        assertThatThrownBy(() -> pin(story.id(), List.of(999_999L)))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("related"));
        assertThat(articles.related(story.id(), 5))
                .first()
                .extracting(RelatedArticle::id)
                .isEqualTo(pinned.id());
    }

    private void pin(long articleId, List<Long> relatedIds) {
        EditableArticle opened = editor.open(articleId);
        editor.save(
                articleId,
                opened.version(),
                opened.draft().edit().pinnedRelatedIds(relatedIds).done(),
                Workflow.SAVE,
                null);
    }

    @Test
    @WithAnonymousUser
    void theDeskListIsNotForAnonymousReaders() {
        assertThatThrownBy(() -> articles.deskList(DeskFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOfAny(AuthorizationDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "AUTHOR")
    void deskListPagesAndSortsInTheDatabaseAndIgnoresUnknownSortKeys() {
        var byTitle = articles.deskList(DeskFilter.NONE, PageRequest.of(0, 5, Sort.by("title")));
        assertThat(byTitle.getContent()).hasSize(5);
        assertThat(byTitle.getContent()).extracting(DeskArticleRow::title).isSorted();
        assertThat(byTitle.hasNext()).isEqualTo(articles.deskCount(DeskFilter.NONE) > 5);

        var hostile = articles.deskList(DeskFilter.NONE, PageRequest.of(0, 5, Sort.by("body; drop table article")));
        assertThat(hostile.getContent())
                .extracting(DeskArticleRow::updatedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void authorsCannotPublish() {
        long section = sections.tree().byPath("opinion").orElseThrow().id();
        ArticleDraft draft = Drafts.of("By an author", "by-an-author", null, "<p>x</p>", section, List.of(), Set.of());
        for (Workflow step : List.of(Workflow.PUBLISH, Workflow.SCHEDULE, Workflow.ARCHIVE)) {
            assertThatThrownBy(() -> editor.create(draft, step, Instant.now().plusSeconds(3600)))
                    .isInstanceOf(DomainException.Forbidden.class);
        }
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void badInputIsRefusedWithTheFieldItBelongsTo() {
        long section = sections.tree().byPath("opinion").orElseThrow().id();
        assertThatThrownBy(() -> editor.create(
                                Drafts.of(" ", "ok", null, "", section, List.of(), Set.of()), Workflow.SAVE, null)
                        .id())
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> editor.create(
                                Drafts.of("Fine", "Not A Slug", null, "", section, List.of(), Set.of()),
                                Workflow.SAVE,
                                null)
                        .id())
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("slug"));
        assertThatThrownBy(() -> editor.create(
                                Drafts.of(
                                        "Fine", "local-news-is-infrastructure", null, "", section, List.of(), Set.of()),
                                Workflow.SAVE,
                                null)
                        .id())
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("slug"));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void creatingAnArticleSanitizesItsBodyAndPublishesItForReaders() {
        long section = sections.tree().byPath("climate").orElseThrow().id();
        editor.create(
                        Drafts.of(
                                "Heat and sleep",
                                "heat-and-sleep",
                                "Nights are warmer",
                                "<p onclick=\"steal()\">Body<script>steal()</script></p>",
                                section,
                                List.of(),
                                Set.of()),
                        Workflow.PUBLISH,
                        null)
                .id();
        assertThat(articles.findPublished("climate", "heat-and-sleep"))
                .hasValueSatisfying(a -> assertThat(a.bodyHtml()).isEqualTo("<p>Body</p>"));
    }
}

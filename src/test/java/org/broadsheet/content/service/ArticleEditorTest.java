package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Saving from the editor: versions, revisions, rights and the workflow. */
@BroadsheetTest
class ArticleEditorTest {

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleRevisions revisions;

    @Autowired
    ArticleService articles;

    @Autowired
    SectionService sections;

    @Autowired
    org.broadsheet.taxonomy.service.TagService tags;

    @Autowired
    Clock clock;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aSaveFromAnOlderVersionIsRefusedAndChangesNothing() {
        EditableArticle opened = newDraft("Two desks, one story");
        editor.save(opened.id(), opened.version(), text(opened, "First editor's standfirst"), Workflow.SAVE, null);

        assertThatThrownBy(() -> editor.save(
                        opened.id(), opened.version(), text(opened, "Second editor's standfirst"), Workflow.SAVE, null))
                .isInstanceOf(DomainException.Conflict.class);

        assertThat(editor.open(opened.id()).draft().standfirst()).isEqualTo("First editor's standfirst");
        assertThat(revisions.of(opened.id())).hasSize(2);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void savingWithoutChangesWritesNoRevision() {
        EditableArticle opened = newDraft("Nothing new under the sun");
        EditableArticle again = editor.save(opened.id(), opened.version(), opened.draft(), Workflow.SAVE, null);

        assertThat(again.version()).isEqualTo(opened.version());
        assertThat(revisions.of(opened.id())).hasSize(1);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void publishingDatesTheArticleAndUnpublishingTakesItOffTheSite() {
        EditableArticle opened = newDraft("Ferry strike ends");
        EditableArticle published = editor.save(opened.id(), opened.version(), opened.draft(), Workflow.PUBLISH, null);
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(articles.findPublished("americas/bolivia", "ferry-strike-ends"))
                .isPresent();

        EditableArticle unpublished =
                editor.save(opened.id(), published.version(), published.draft(), Workflow.UNPUBLISH, null);
        assertThat(unpublished.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(articles.findPublished("americas/bolivia", "ferry-strike-ends"))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aScheduleNeedsATimeInTheFuture() {
        EditableArticle opened = newDraft("Election night plan");
        assertThatThrownBy(() -> editor.save(
                        opened.id(),
                        opened.version(),
                        opened.draft(),
                        Workflow.SCHEDULE,
                        clock.instant().minus(Duration.ofMinutes(5))))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("scheduleAt"));
        EditableArticle scheduled = editor.save(
                opened.id(),
                opened.version(),
                opened.draft(),
                Workflow.SCHEDULE,
                clock.instant().plus(Duration.ofHours(2)));
        assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aSlugTakenInTheSectionIsNamedOnTheSlugField() {
        newDraft("Same words twice");
        long bolivia = bolivia();
        ArticleDraft twin = Drafts.titled("Same words twice", bolivia);
        assertThatThrownBy(() -> editor.create(twin, Workflow.SAVE, null))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("slug"));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void movingAPublishedArticleKeepsItsOldAddress() {
        EditableArticle opened = newDraft("Old address, new address");
        EditableArticle published = editor.save(opened.id(), opened.version(), opened.draft(), Workflow.PUBLISH, null);
        ArticleDraft d = published.draft();
        ArticleDraft renamed = d.withText(d.title(), "new-address", d.standfirst(), d.body());
        editor.save(opened.id(), published.version(), renamed, Workflow.SAVE, null);

        assertThat(articles.redirectFor("americas/bolivia/old-address-new-address"))
                .contains("/americas/bolivia/new-address");
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void authorsWriteTheirOwnDraftsButNeitherPublishNorTouchOthers() {
        ArticleDraft blank = editor.blank();
        assertThat(blank.authorIds()).as("bylined to Tom Reyes").hasSize(1);
        ArticleDraft mine = Drafts.of(
                "Tom's draft on rents",
                "toms-draft-on-rents",
                null,
                "<p>Rents.</p>",
                bolivia(),
                blank.authorIds(),
                Set.of());
        EditableArticle created = editor.create(mine, Workflow.SAVE, null);

        assertThatThrownBy(() -> editor.save(created.id(), created.version(), mine, Workflow.PUBLISH, null))
                .isInstanceOf(DomainException.Forbidden.class);
        EditableArticle submitted = editor.save(created.id(), created.version(), mine, Workflow.SUBMIT, null);
        assertThat(submitted.status()).isEqualTo(ArticleStatus.IN_REVIEW);

        long someoneElses = SystemActor.call(() -> newDraft("Ana's draft").id());
        assertThat(editor.mayEdit(someoneElses)).isFalse();
        EditableArticle other = editor.open(someoneElses);
        assertThatThrownBy(() -> editor.save(other.id(), other.version(), other.draft(), Workflow.SAVE, null))
                .isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void theRevisionRestoredBecomesANewRevision() {
        EditableArticle first = newDraft("Restoring the first words");
        EditableArticle second =
                editor.save(first.id(), first.version(), text(first, "A later standfirst"), Workflow.SAVE, null);
        long firstRevision = revisions.of(first.id()).getLast().id();

        EditableArticle restored = revisions.restore(firstRevision, second.version());

        assertThat(restored.draft().standfirst()).isNull();
        assertThat(revisions.of(first.id())).hasSize(3);
        assertThat(revisions.text(revisions.of(first.id()).get(1).id()).standfirst())
                .isEqualTo("A later standfirst");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void footnotesImagesAndEmbedsComeBackUnchangedFromARestoredRevision() {
        String body = "<p>Claim<sup id=\"fnref-1\" class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup></p>"
                + "<figure class=\"image\"><img src=\"/media/7/1200\" alt=\"A gondola\"><figcaption>Dusk "
                + "<span class=\"credit\">Photo: Ana</span></figcaption></figure>"
                + "<figure class=\"embed\" data-provider=\"youtube\" data-ref=\"dQw4w9WgXcQ\"><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">"
                + "https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>"
                + "<section class=\"footnotes\"><ol><li id=\"fn-1\">Source. <a href=\"#fnref-1\" aria-label=\"Back to the text\">↩</a></li></ol></section>";
        EditableArticle first = newDraft("Notes through history");
        ArticleDraft d = first.draft();
        EditableArticle withNotes = editor.save(
                first.id(), first.version(), d.withText(d.title(), d.slug(), null, body), Workflow.SAVE, null);
        assertThat(withNotes.draft().body()).isEqualTo(body);
        EditableArticle plain = editor.save(
                first.id(),
                withNotes.version(),
                d.withText(d.title(), d.slug(), null, "<p>Rewritten</p>"),
                Workflow.SAVE,
                null);
        long notesRevision = revisions.of(first.id()).get(1).id();

        EditableArticle restored = revisions.restore(notesRevision, plain.version());

        assertThat(restored.draft().body()).isEqualTo(body);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void thePreviewRendersUnsavedTextThroughTheSitesModel() {
        ArticleDraft draft = Drafts.of(
                "Preview <b>me</b>",
                "preview-me",
                "Not saved",
                "<p>Hi<script>x()</script></p>",
                bolivia(),
                List.of(),
                Set.of());
        PublishedArticle preview = editor.preview(null, draft).orElseThrow();
        assertThat(preview.title()).isEqualTo("Preview <b>me</b>");
        assertThat(preview.bodyHtml()).isEqualTo("<p>Hi</p>");
        assertThat(preview.sectionTrail()).extracting(s -> s.name()).containsExactly("Americas", "Bolivia");
        assertThat(editor.preview(null, ArticleDraft.empty(List.of()))).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anArticlePublishedInThePastIsDatedThenAndAFutureDateIsRefused() {
        var lastYear = clock.instant().minus(Duration.ofDays(365)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        EditableArticle old = editor.create(Drafts.titled("From the archive", bolivia()), Workflow.PUBLISH, lastYear);
        assertThat(old.publishedAt()).isEqualTo(lastYear);
        assertThat(old.updatedAt())
                .as("a story from the archive was last changed then")
                .isEqualTo(lastYear);

        assertThatThrownBy(() -> editor.create(
                        Drafts.titled("From the future", bolivia()),
                        Workflow.PUBLISH,
                        clock.instant().plus(Duration.ofDays(1))))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("publishedAt"));
        assertThat(articles.findPublished("americas/bolivia", "from-the-future"))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void theFeaturedPictureSurvivesEverySaveFromTheEditor() {
        var picture = new org.broadsheet.content.FeaturedImage("/media/3/960", "Ferries at the pier", null, null);
        EditableArticle opened = editor.create(
                Drafts.titled("Ferries return", bolivia()).withFeaturedImage(picture), Workflow.SAVE, null);
        EditableArticle saved =
                editor.save(opened.id(), opened.version(), text(opened, "A new standfirst"), Workflow.PUBLISH, null);

        assertThat(saved.draft().featuredImage()).isEqualTo(picture);
        assertThat(articles.findPublished("americas/bolivia", "ferries-return"))
                .hasValueSatisfying(a -> assertThat(a.featuredImage()).isEqualTo(picture));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void tagsTypedByNameAreCreatedWithTheSaveAndNotBefore() {
        EditableArticle opened = newDraft("Tags on the way");
        ArticleDraft withNewTag = opened.draft()
                .edit()
                .tags(opened.draft().tagIds(), Set.of("Night ferries"))
                .done();
        assertThat(tags.list("Night ferries", org.springframework.data.domain.PageRequest.of(0, 5)))
                .isEmpty();
        editor.preview(opened.id(), withNewTag);
        assertThat(tags.list("Night ferries", org.springframework.data.domain.PageRequest.of(0, 5)))
                .as("a preview creates nothing")
                .isEmpty();

        EditableArticle saved = editor.save(opened.id(), opened.version(), withNewTag, Workflow.SAVE, null);

        var created = tags.list("Night ferries", org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent();
        assertThat(created).extracting(t -> t.name()).containsExactly("Night ferries");
        assertThat(saved.draft().tagIds()).containsExactly(created.getFirst().id());
        assertThat(saved.draft().newTagNames()).isEmpty();
    }

    private EditableArticle newDraft(String title) {
        return editor.create(Drafts.titled(title, bolivia()), Workflow.SAVE, null);
    }

    private long bolivia() {
        return sections.tree().byPath("americas/bolivia").orElseThrow().id();
    }

    private static ArticleDraft text(EditableArticle article, String standfirst) {
        ArticleDraft d = article.draft();
        return d.withText(d.title(), d.slug(), standfirst, d.body());
    }
}

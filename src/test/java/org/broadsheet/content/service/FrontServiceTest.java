package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.FrontPick;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Editors decide what leads the home page and each section; unfilled places take the latest. */
@BroadsheetTest
class FrontServiceTest {

    @Autowired
    FrontService fronts;

    @Autowired
    ScheduledFronts scheduled;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleService articles;

    @Autowired
    SectionService sections;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.broadsheet.media.service.MediaService media;

    @Autowired
    Clock clock;

    @AfterEach
    void latestArticlesLeadAgain() throws Exception {
        for (Long section : new Long[] {null, bolivia()}) {
            SystemActor.call(() -> fronts.publish(section, fronts.open(section).version(), List.of()));
        }
    }

    @Test
    void placedStoriesLeadInTheirOrderWithTheFrontsOwnHeadlineAndTheLatestFillTheRest() throws Exception {
        long older = published("An older story worth leading", bolivia());
        long oldest = published("The oldest placed story", bolivia());
        List<Long> latestBefore = SystemActor.call(() -> fronts.home(7)).stream()
                .map(ArticleTeaser::id)
                .toList();

        FrontService.Plan plan = Acting.as(
                "ana",
                "EDITOR",
                () -> fronts.publish(
                        null,
                        fronts.open(null).version(),
                        List.of(new FrontPick(oldest, "  A shorter   front headline ", null), FrontPick.of(older))));

        assertThat(plan.now())
                .extracting(FrontService.Placed::title)
                .containsExactly("The oldest placed story", "An older story worth leading");
        List<ArticleTeaser> home = SystemActor.call(() -> fronts.home(7));
        assertThat(home).hasSize(7);
        assertThat(home.get(0).id()).isEqualTo(oldest);
        assertThat(home.get(0).title()).isEqualTo("A shorter front headline");
        assertThat(home.get(1).title()).isEqualTo("An older story worth leading");
        assertThat(home.subList(2, 7))
                .extracting(ArticleTeaser::id)
                .as("the latest, without the placed ones again")
                .containsExactlyElementsOf(latestBefore.stream()
                        .filter(id -> id != oldest && id != older)
                        .limit(5)
                        .toList());
    }

    @Test
    void aFrontOnlyPictureShowsOnTheFrontAndIsNotDeletedFromUnderIt() throws Exception {
        long story = published("A story with a better picture for the front", bolivia());
        org.broadsheet.media.service.MediaView picture = SystemActor.call(() -> {
            var uploaded = media.upload("front.png", org.broadsheet.testsupport.TestPictures.png(800, 450, false));
            return media.describe(
                    uploaded.id(),
                    new org.broadsheet.media.service.MediaDetails(
                            "Marchers on the Prado", false, null, null, 0.5f, 0.5f));
        });
        Acting.as(
                "ana",
                "EDITOR",
                () -> fronts.publish(
                        null, fronts.open(null).version(), List.of(new FrontPick(story, null, picture.id()))));

        ArticleTeaser lead = SystemActor.call(() -> fronts.home(1)).getFirst();
        assertThat(lead.picture()).isNotNull();
        assertThat(lead.picture().id()).isEqualTo(picture.id());
        assertThat(lead.featuredImage().alt()).isEqualTo("Marchers on the Prado");
        assertThatThrownBy(() -> SystemActor.run(() -> media.delete(picture.id())))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("the home page's front");
    }

    @Test
    void aPlacedStoryUnpublishedLaterGivesWayAndTheFrontIsNeverEmpty() throws Exception {
        long placed = published("A story about to be withdrawn", bolivia());
        Acting.as(
                "ana",
                "EDITOR",
                () -> fronts.publish(null, fronts.open(null).version(), List.of(FrontPick.of(placed))));
        assertThat(SystemActor.call(() -> fronts.home(3)).getFirst().id()).isEqualTo(placed);

        SystemActor.call(() -> {
            EditableArticle article = editor.open(placed);
            return editor.save(placed, article.version(), article.draft(), Workflow.UNPUBLISH, null);
        });

        assertThat(SystemActor.call(() -> fronts.home(3)))
                .hasSize(3)
                .extracting(ArticleTeaser::id)
                .doesNotContain(placed);
        assertThat(SystemActor.call(() -> fronts.open(null)).now())
                .singleElement()
                .satisfies(p -> assertThat(p.shown())
                        .as("the desk says it is off the site")
                        .isFalse());
    }

    @Test
    void aSectionLeadComesFromTheSectionAndLeadsOnlyThere() throws Exception {
        long lead = published("Bolivia's placed lead", bolivia());
        long elsewhere = published("A story from elsewhere", section("africa"));
        Acting.as(
                "ana",
                "EDITOR",
                () -> fronts.publish(bolivia(), fronts.open(bolivia()).version(), List.of(FrontPick.of(lead))));

        assertThat(SystemActor.call(() -> fronts.sectionLead(bolivia())))
                .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(lead));
        assertThat(SystemActor.call(() -> fronts.sectionLead(section("africa"))))
                .isEmpty();
        assertThatThrownBy(() -> Acting.as(
                        "ana",
                        "EDITOR",
                        () -> fronts.publish(
                                bolivia(), fronts.open(bolivia()).version(), List.of(FrontPick.of(elsewhere)))))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .hasMessageContaining("is not in Bolivia");
        assertThat(Acting.as("ana", "EDITOR", () -> fronts.candidates(bolivia(), "story from elsewhere", 10)))
                .as("the desk only offers the section's own stories")
                .isEmpty();
        assertThat(Acting.as("ana", "EDITOR", () -> fronts.candidates(null, "story from elsewhere", 10)))
                .extracting(ArticleTeaser::id)
                .containsExactly(elsewhere);
    }

    @Test
    void badArrangementsAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
        long one = published("First of many", bolivia());
        Acting.as("ana", "EDITOR", () -> fronts.publish(null, fronts.open(null).version(), List.of(FrontPick.of(one))));
        FrontService.Plan before = SystemActor.call(() -> fronts.open(null));
        long draft = SystemActor.call(() -> editor.create(Drafts.titled("Only a draft", bolivia()), Workflow.SAVE, null)
                .id());
        List<Long> six = List.of(
                one,
                published("Second", bolivia()),
                published("Third", bolivia()),
                published("Fourth", bolivia()),
                published("Fifth", bolivia()),
                published("Sixth", bolivia()));

        assertRefused(six.stream().map(FrontPick::of).toList(), "stories", "5 places");
        assertRefused(List.of(FrontPick.of(one), FrontPick.of(one)), "stories", "twice");
        assertRefused(List.of(FrontPick.of(draft)), "stories", "not published");
        assertRefused(List.of(FrontPick.of(Long.MAX_VALUE)), "stories", "not published");
        assertRefused(List.of(new FrontPick(one, "x".repeat(201), null)), "headline", "200");
        assertRefused(List.of(new FrontPick(one, null, Long.MAX_VALUE)), "picture", "no longer in the library");

        assertThat(SystemActor.call(() -> fronts.open(null))).isEqualTo(before);
    }

    @Test
    void twoEditorsArrangingAtOnceGetAConflictNotASilentOverwrite() throws Exception {
        long one = published("Ana's choice", bolivia());
        long other = published("Luis's choice", bolivia());
        long opened = SystemActor.call(() -> fronts.open(null)).version();
        Acting.as("ana", "EDITOR", () -> fronts.publish(null, opened, List.of(FrontPick.of(one))));

        assertThatThrownBy(() ->
                        Acting.as("luis", "EDITOR", () -> fronts.publish(null, opened, List.of(FrontPick.of(other)))))
                .isInstanceOf(DomainException.Conflict.class);
        assertThat(SystemActor.call(() -> fronts.home(1)).getFirst().id()).isEqualTo(one);
    }

    @Test
    void aScheduledArrangementReplacesTheFrontWhenItsTimeComesExactlyOnce() throws Exception {
        long now = published("Leading now", bolivia());
        long later = published("Leading after the embargo", bolivia());
        Acting.as("ana", "EDITOR", () -> fronts.publish(null, fronts.open(null).version(), List.of(FrontPick.of(now))));
        Instant at = clock.instant().plus(Duration.ofHours(2));
        FrontService.Plan plan = Acting.as(
                "ana",
                "EDITOR",
                () -> fronts.schedule(null, fronts.open(null).version(), List.of(FrontPick.of(later)), at));
        assertThat(plan.scheduledAt()).isEqualTo(at);
        assertThat(scheduled.publishDue()).as("not yet").isZero();
        assertThat(SystemActor.call(() -> fronts.home(1)).getFirst().id()).isEqualTo(now);

        jdbc.update(
                "update front set scheduled_at = ? where front_key = 'home'",
                java.time.OffsetDateTime.ofInstant(clock.instant().minusSeconds(1), java.time.ZoneOffset.UTC));
        assertThat(scheduled.publishDue()).isEqualTo(1);
        assertThat(scheduled.publishDue()).isZero();

        assertThat(SystemActor.call(() -> fronts.home(1)).getFirst().id()).isEqualTo(later);
        FrontService.Plan after = SystemActor.call(() -> fronts.open(null));
        assertThat(after.scheduledAt()).isNull();
        assertThat(after.scheduled()).isEmpty();
        assertThatThrownBy(() -> Acting.as(
                        "ana", "EDITOR", () -> fronts.schedule(null, after.version(), List.of(), clock.instant())))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .hasMessageContaining("future");
    }

    @Test
    void authorsDoNotArrangeFronts() throws Exception {
        assertThatThrownBy(() -> Acting.as("tom", "AUTHOR", () -> fronts.publish(null, -1, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("tom", "AUTHOR", () -> fronts.open(null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(List<FrontPick> picks, String field, String saying) {
        assertThatThrownBy(() -> Acting.as(
                        "ana",
                        "EDITOR",
                        () -> fronts.publish(null, fronts.open(null).version(), picks)))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .hasMessageContaining(saying)
                .satisfies(e -> assertThat(((DomainException.ValidationFailed) e).field())
                        .isEqualTo(field));
    }

    private long published(String title, long section) {
        return SystemActor.call(() -> editor.create(Drafts.titled(title, section), Workflow.PUBLISH, null)
                .id());
    }

    private long bolivia() {
        return section("americas/bolivia");
    }

    private long section(String path) {
        return SystemActor.call(() -> sections.tree().byPath(path).orElseThrow().id());
    }
}

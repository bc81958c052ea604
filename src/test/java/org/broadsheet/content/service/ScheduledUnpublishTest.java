package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An article set to leave the site does so when its time comes, and its address then says it was withdrawn. */
@BroadsheetWebTest
class ScheduledUnpublishTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ScheduledPublishing schedule;

    @Autowired
    SectionService sections;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void anArticleSetToLeaveTheSiteLeavesWhenItsTimeComesAndItsAddressAnswersGone() throws Exception {
        EditableArticle published = publish("An offer that ends on Friday", "offer-ends-friday");
        Instant leaves = clock.instant().plus(Duration.ofHours(3));
        EditableArticle set = Acting.as(
                "ana",
                "EDITOR",
                () -> editor.save(published.id(), published.version(), published.draft(), Workflow.EXPIRE, leaves));
        assertThat(set.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(set.unpublishAt()).isEqualTo(leaves);
        assertThat(schedule.unpublishDue()).as("not yet").isZero();
        assertThat(get(set.url()).statusCode()).isEqualTo(200);

        jdbc.update(
                "update article set unpublish_at = ? where id = ?",
                OffsetDateTime.ofInstant(clock.instant().minusSeconds(5), ZoneOffset.UTC),
                set.id());
        assertThat(schedule.unpublishDue()).isEqualTo(1);
        assertThat(schedule.unpublishDue()).as("exactly once").isZero();

        EditableArticle after = SystemActor.call(() -> editor.open(set.id()));
        assertThat(after.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(after.unpublishAt()).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'article.unpublish' and target = ?",
                        Long.class,
                        "article:" + set.id()))
                .isEqualTo(1);
        HttpResponse<String> gone = get(set.url());
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("This article was withdrawn");
        assertThat(get(set.url() + "-never-was").statusCode()).isEqualTo(404);

        EditableArticle back =
                SystemActor.call(() -> editor.save(after.id(), after.version(), after.draft(), Workflow.PUBLISH, null));
        assertThat(get(back.url()).statusCode()).as("published again").isEqualTo(200);
    }

    @Test
    void aTimeToLeaveThatCannotBeIsRefusedAndChangesNothing() throws Exception {
        EditableArticle published = publish("A story that stays", "a-story-that-stays");
        assertThatThrownBy(() -> Acting.as(
                        "ana",
                        "EDITOR",
                        () -> editor.save(
                                published.id(),
                                published.version(),
                                published.draft(),
                                Workflow.EXPIRE,
                                clock.instant().minusSeconds(60))))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .satisfies(e -> assertThat(((DomainException.ValidationFailed) e).field())
                        .isEqualTo("unpublishAt"));
        assertThat(SystemActor.call(() -> editor.open(published.id())))
                .satisfies(a -> assertThat(a.unpublishAt()).isNull())
                .satisfies(a -> assertThat(a.version()).isEqualTo(published.version()));

        EditableArticle draft = SystemActor.call(
                () -> editor.create(Drafts.titled("Only a draft to expire", bolivia()), Workflow.SAVE, null));
        assertThatThrownBy(() -> Acting.as(
                        "ana",
                        "EDITOR",
                        () -> editor.save(
                                draft.id(),
                                draft.version(),
                                draft.draft(),
                                Workflow.EXPIRE,
                                clock.instant().plusSeconds(600))))
                .isInstanceOf(DomainException.ValidationFailed.class);
    }

    @Test
    void clearingTheTimeKeepsTheArticleOnTheSite() throws Exception {
        EditableArticle published = publish("An embargo lifted early", "embargo-lifted-early");
        EditableArticle set = SystemActor.call(() -> editor.save(
                published.id(),
                published.version(),
                published.draft(),
                Workflow.EXPIRE,
                clock.instant().plusSeconds(3600)));
        EditableArticle cleared =
                SystemActor.call(() -> editor.save(set.id(), set.version(), set.draft(), Workflow.EXPIRE, null));
        assertThat(cleared.unpublishAt()).isNull();
        assertThat(schedule.unpublishDue()).isZero();
        assertThat(cleared.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    private EditableArticle publish(String title, String slug) {
        return SystemActor.call(() -> editor.create(
                Drafts.of(title, slug, null, "<p>Text.</p>", bolivia(), java.util.List.of(), java.util.Set.of()),
                Workflow.PUBLISH,
                null));
    }

    private long bolivia() {
        return Drafts.sectionAt(sections, "americas/bolivia");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return SiteClient.get(port, path);
    }
}

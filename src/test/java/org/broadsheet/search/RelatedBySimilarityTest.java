package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Among equally related candidates, the one that reads most alike comes before a newer one. */
@BroadsheetTest
class RelatedBySimilarityTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Test
    void textSimilarityBreaksTiesBeforeRecency() {
        long section = SystemActor.call(() -> sections.create("Islands", "islands-desk", null, null))
                .id();
        Instant now = Instant.now();
        long story =
                publish("Quokka habitat survey on Rottnest", "quokka-survey", section, now.minus(Duration.ofDays(3)));
        long alike = publish(
                "Quokka habitat survey finds more burrows", "quokka-burrows", section, now.minus(Duration.ofDays(10)));
        long newer = publish(
                "Ferry timetable changes for winter", "ferry-timetable", section, now.minus(Duration.ofDays(1)));

        List<Long> related =
                articles.related(story, 2).stream().map(ArticleTeaser::id).toList();

        assertThat(related).containsExactly(alike, newer);
    }

    private long publish(String title, String slug, long section, Instant publishedAt) {
        return SystemActor.call(() -> editor.create(
                        Drafts.of(title, slug, null, "<p>" + title + ".</p>", section, List.of(), Set.of()),
                        Workflow.PUBLISH,
                        publishedAt)
                .id());
    }
}

package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.RelatedArticle;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How related articles rank: two points for the same section and one for each tag shared; among
 * equal scores, the one that reads most alike, then the newer.
 */
@BroadsheetTest
class RelatedArticlesRankingTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Autowired
    TagService tags;

    @Test
    void eachSharedTagCounts() {
        long desk = SystemActor.call(() -> sections.create("Rivers", "rivers-desk", null, null))
                .id();
        long elsewhere = SystemActor.call(() -> sections.create("Valleys", "valleys-desk", null, null))
                .id();
        long floods = SystemActor.call(() -> tags.findOrCreate("Oxbow floods")).id();
        long levees = SystemActor.call(() -> tags.findOrCreate("Oxbow levees")).id();
        Instant now = Instant.now();
        long story = publish("Story", "rivers-story", desk, Set.of(floods, levees), now.minus(Duration.ofDays(5)));
        long sameDeskSharingOne = publish("Alpha", "rivers-alpha", desk, Set.of(floods), now.minus(Duration.ofDays(9)));
        long sharingBoth =
                publish("Bravo", "valleys-bravo", elsewhere, Set.of(floods, levees), now.minus(Duration.ofDays(8)));
        long sharingOne =
                publish("Charlie", "valleys-charlie", elsewhere, Set.of(levees), now.minus(Duration.ofDays(1)));

        List<Long> related =
                articles.related(story, 3).stream().map(RelatedArticle::id).toList();

        assertThat(related).containsExactly(sameDeskSharingOne, sharingBoth, sharingOne);
    }

    @Test
    void textSimilarityBreaksTiesBeforeRecency() {
        long section = SystemActor.call(() -> sections.create("Islands", "islands-desk", null, null))
                .id();
        Instant now = Instant.now();
        long story = publish(
                "Quokka habitat survey on Rottnest", "quokka-survey", section, Set.of(), now.minus(Duration.ofDays(3)));
        long alike = publish(
                "Quokka habitat survey finds more burrows",
                "quokka-burrows",
                section,
                Set.of(),
                now.minus(Duration.ofDays(10)));
        long newer = publish(
                "Ferry timetable changes for winter",
                "ferry-timetable",
                section,
                Set.of(),
                now.minus(Duration.ofDays(1)));

        List<Long> related =
                articles.related(story, 2).stream().map(RelatedArticle::id).toList();

        assertThat(related).containsExactly(alike, newer);
    }

    private long publish(String title, String slug, long section, Set<Long> tagIds, Instant publishedAt) {
        return SystemActor.call(() -> editor.create(
                        Drafts.of(title, slug, null, "<p>" + title + ".</p>", section, List.of(), tagIds),
                        Workflow.PUBLISH,
                        publishedAt)
                .id());
    }
}

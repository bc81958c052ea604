package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.broadsheet.base.DeskContentChanged;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The articles grid's filters and counts: counts are kept between refreshes, and never outlive a
 * change to the articles.
 */
@BroadsheetTest
@WithMockUser(roles = "EDITOR")
class DeskCountsTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleTrash trash;

    @Autowired
    SectionService sections;

    @Autowired
    AuthorService authors;

    @Autowired
    TagService tags;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void everyChangeOnTheDeskCountsAtOnce() {
        long section =
                sections.create("Counted desk", "counted-desk", null, null).id();
        DeskFilter inSection = new DeskFilter(null, section, null, null);
        DeskFilter drafts = new DeskFilter(ArticleStatus.DRAFT, null, null, null);
        long all = articles.deskCount(DeskFilter.NONE);
        long allDrafts = articles.deskCount(drafts);
        assertThat(articles.deskCount(inSection)).isZero();

        long id = editor.create(Drafts.titled("A count that moves", section), Workflow.SAVE, null)
                .id();

        assertThat(articles.deskCount(DeskFilter.NONE)).isEqualTo(all + 1);
        assertThat(articles.deskCount(drafts)).isEqualTo(allDrafts + 1);
        assertThat(articles.deskCount(inSection)).isEqualTo(1);

        trash.moveToTrash(id);

        assertThat(articles.deskCount(DeskFilter.NONE)).isEqualTo(all);
        assertThat(articles.deskCount(inSection)).isZero();
    }

    @Test
    void authorAndTagFiltersListExactlyTheirArticlesNewestChangeFirst() {
        long section =
                sections.create("Filtered desk", "filtered-desk", null, null).id();
        long writer = authors.createProfile("Filter Writer", null, null).id();
        long other = authors.createProfile("Other Writer", null, null).id();
        long tag = tags.findOrCreate("filtered-desk-tag").id();
        long first = create("First by the writer", section, List.of(writer, other), Set.of(tag));
        create("Only the other", section, List.of(other), Set.of());
        long second = create("Second by the writer", section, List.of(other, writer), Set.of());

        DeskFilter byWriter = new DeskFilter(null, null, writer, null);
        assertThat(articles.deskList(byWriter, PageRequest.of(0, 10)))
                .extracting(DeskArticleRow::id)
                .containsExactly(second, first);
        assertThat(articles.deskCount(byWriter)).isEqualTo(2);
        DeskFilter byTag = new DeskFilter(null, section, null, tag);
        assertThat(articles.deskList(byTag, PageRequest.of(0, 10)))
                .extracting(DeskArticleRow::id)
                .containsExactly(first);
        assertThat(articles.deskCount(byTag)).isEqualTo(1);
        assertThat(articles.deskList(new DeskFilter(null, null, writer, tag), PageRequest.of(0, 1)))
                .extracting(DeskArticleRow::id)
                .containsExactly(first);
    }

    @Test
    void anAuthorsOrATagsCountLeavesOutTheTrashAndCountsEachArticleOnce() {
        long section =
                sections.create("Listed count", "listed-count", null, null).id();
        long writer = authors.createProfile("Listed Writer", null, null).id();
        long tag = tags.findOrCreate("listed-count-tag").id();
        create("Listed and kept", section, List.of(writer), Set.of(tag));
        long twice = create("Listed twice", section, List.of(writer), Set.of(tag));
        long binned = create("Listed and binned", section, List.of(writer), Set.of(tag));
        create(
                "Listed elsewhere",
                section,
                List.of(authors.createProfile("Listed Other", null, null).id()),
                Set.of());
        trash.moveToTrash(binned);
        // a byline naming the same person twice, as an import may write it
        jdbc.update(
                "insert into article_author (article_id, position, author_id, listed_at, status)"
                        + " select article_id, 1, author_id, listed_at, status from article_author where article_id = ?",
                twice);
        events.publishEvent(new DeskContentChanged());

        assertThat(articles.deskCount(new DeskFilter(null, null, writer, null))).isEqualTo(2);
        assertThat(articles.deskCount(new DeskFilter(null, null, null, tag))).isEqualTo(2);
        assertThat(articles.deskCount(new DeskFilter(ArticleStatus.DRAFT, null, writer, null)))
                .isEqualTo(2);
        assertThat(articles.deskCount(new DeskFilter(ArticleStatus.DRAFT, null, null, tag)))
                .isEqualTo(2);
        // with a section, the general query counts: the two agree
        assertThat(articles.deskCount(new DeskFilter(ArticleStatus.DRAFT, section, writer, null)))
                .isEqualTo(2);
        assertThat(articles.deskCount(new DeskFilter(ArticleStatus.DRAFT, section, null, tag)))
                .isEqualTo(2);
    }

    @Test
    void anAuthorsAndATagsCountsInAStatusFollowEveryWorkflowStep() {
        long section =
                sections.create("Stepped count", "stepped-count", null, null).id();
        long writer = authors.createProfile("Stepped Writer", null, null).id();
        long tag = tags.findOrCreate("stepped-count-tag").id();
        long id = create("Stepped along", section, List.of(writer), Set.of(tag));
        create("Stays a draft", section, List.of(writer), Set.of(tag));

        assertStatusCounts(section, writer, tag, ArticleStatus.DRAFT, 2);
        assertStatusCounts(section, writer, tag, ArticleStatus.PUBLISHED, 0);

        EditableArticle opened = editor.open(id);
        editor.save(id, opened.version(), opened.draft(), Workflow.PUBLISH, null);

        assertStatusCounts(section, writer, tag, ArticleStatus.DRAFT, 1);
        assertStatusCounts(section, writer, tag, ArticleStatus.PUBLISHED, 1);

        opened = editor.open(id);
        editor.save(id, opened.version(), opened.draft(), Workflow.ARCHIVE, null);

        assertStatusCounts(section, writer, tag, ArticleStatus.PUBLISHED, 0);
        assertStatusCounts(section, writer, tag, ArticleStatus.ARCHIVED, 1);
    }

    /** The listing's count of the author's and the tag's articles, and the general query's with the section. */
    private void assertStatusCounts(long section, long writer, long tag, ArticleStatus status, long expected) {
        assertThat(List.of(
                        articles.deskCount(new DeskFilter(status, null, writer, null)),
                        articles.deskCount(new DeskFilter(status, null, null, tag)),
                        articles.deskCount(new DeskFilter(status, section, writer, null)),
                        articles.deskCount(new DeskFilter(status, section, null, tag))))
                .as("%s: author, tag, author in the section, tag in the section", status)
                .containsOnly(expected);
    }

    private long create(String title, long section, List<Long> authorIds, Set<Long> tagIds) {
        return editor.create(
                        Drafts.of(title, Slugs.slugify(title), null, "<p>Text.</p>", section, authorIds, tagIds),
                        Workflow.SAVE,
                        null)
                .id();
    }

    @Test
    void aCountIsKeptUntilAChangeIsHeard() {
        long section = sections.create("Kept count", "kept-count", null, null).id();
        DeskFilter inSection = new DeskFilter(null, section, null, null);
        long id = editor.create(Drafts.titled("Counted once", section), Workflow.SAVE, null)
                .id();
        assertThat(articles.deskCount(inSection)).isEqualTo(1);

        // another node binned it: the row changed, but this node has not heard yet
        jdbc.update("update article set deleted_at = current_timestamp where id = ?", id);
        assertThat(articles.deskCount(inSection)).isEqualTo(1);

        // what the change feed publishes when it hears of it
        events.publishEvent(new DeskContentChanged());
        assertThat(articles.deskCount(inSection)).isZero();
    }
}

package org.broadsheet.people.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.people.domain.Author;
import org.broadsheet.people.domain.AuthorRepository;
import org.broadsheet.taxonomy.domain.Tag;
import org.broadsheet.taxonomy.domain.TagRepository;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.taxonomy.service.TagSummary;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bylines and tags, which every article page shows, are kept in memory, and follow every change:
 * one made here, one another node made (replayed as its change-feed event), and rows made
 * elsewhere that nobody announced.
 */
@BroadsheetTest
@WithMockUser(username = "ana", roles = "EDITOR")
class KeptBylinesAndTagsTest {

    @Autowired
    AuthorService authors;

    @Autowired
    TagService tags;

    @Autowired
    AuthorRepository authorRows;

    @Autowired
    TagRepository tagRows;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aRenameHereIsShownAtOnce() {
        Byline author = authors.create("Kept Writer", null, null);
        TagSummary tag = tags.findOrCreate("Kept topic");
        assertThat(authors.bylines(List.of(author.id())))
                .extracting(Byline::name)
                .containsExactly("Kept Writer");
        assertThat(tags.byIds(List.of(tag.id()))).extracting(TagSummary::name).containsExactly("Kept topic");

        authors.update(author.id(), "Renamed Writer", "renamed-writer", null, null);
        tags.update(tag.id(), "Renamed topic", "renamed-topic");

        assertThat(authors.bylines(List.of(author.id())))
                .extracting(Byline::name)
                .containsExactly("Renamed Writer");
        assertThat(tags.byIds(List.of(tag.id()))).extracting(TagSummary::name).containsExactly("Renamed topic");
    }

    @Test
    void aRenameOnAnotherNodeIsShownWhenItsChangeArrives() {
        Byline author = authors.create("Far Writer", null, null);
        TagSummary tag = tags.findOrCreate("Far topic");
        authors.bylines(List.of(author.id()));
        tags.byIds(List.of(tag.id()));

        // what the other node wrote, without this node's services
        transaction.executeWithoutResult(status -> {
            authorRows.findById(author.id()).orElseThrow().setName("Far Writer, renamed");
            tagRows.findById(tag.id()).orElseThrow().setName("Far topic, renamed");
        });
        assertThat(authors.bylines(List.of(author.id())))
                .as("kept until told")
                .extracting(Byline::name)
                .containsExactly("Far Writer");

        events.publishEvent(new PublicContentChanged(
                Set.of(PublicContentChanged.author(author.id()), PublicContentChanged.tag(tag.id()))));

        assertThat(authors.bylines(List.of(author.id())))
                .extracting(Byline::name)
                .containsExactly("Far Writer, renamed");
        assertThat(tags.byIds(List.of(tag.id()))).extracting(TagSummary::name).containsExactly("Far topic, renamed");
    }

    @Test
    void rowsMadeSinceTheyWereKeptAreFoundAllTheSame() {
        Byline kept = authors.create("Early Writer", null, null);
        authors.bylines(List.of(kept.id()));
        tags.byIds(List.of(tags.findOrCreate("Early topic").id()));

        Author made =
                transaction.execute(status -> authorRows.save(new Author("Late Writer", "late-writer", null, null)));
        Tag madeTag = transaction.execute(status -> tagRows.save(new Tag("Late topic", "late-topic")));

        assertThat(authors.bylines(List.of(made.requireId(), kept.id())))
                .extracting(Byline::name)
                .containsExactly("Late Writer", "Early Writer");
        assertThat(tags.byIds(List.of(madeTag.requireId())))
                .extracting(TagSummary::name)
                .containsExactly("Late topic");
    }
}

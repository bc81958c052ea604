package org.broadsheet.content.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * An archive for checking the listings' plans: the real schema with 3 000 articles in two
 * sections, each with a tag and a byline; one in ten a draft, one in 25 in the trash. Section 1,
 * tag 1 and author 1 each hold about half of them.
 */
final class ListingArchive {

    static final int ARTICLES = 3_000;
    /** The reader's page of 20, and the one row more that says whether another follows. */
    static final int PAGE = 21;

    static final OffsetDateTime SINCE = OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    static final Pageable FIRST_PAGE = PageRequest.of(0, PAGE - 1);

    private ListingArchive() {}

    /** Every public listing's statement for its first page, by what it lists. */
    static Stream<Arguments> listings() {
        return Stream.of(
                Arguments.of("the latest articles", ArticleListingsImpl.LATEST + ArticleListingsImpl.page(FIRST_PAGE)),
                Arguments.of("a section", ArticleListingsImpl.inSections(1, FIRST_PAGE)),
                Arguments.of("a section and the one below it", ArticleListingsImpl.inSections(2, FIRST_PAGE)),
                Arguments.of(
                        "the home page's newest of each section", ArticleListingsImpl.newestOfEachStatement(2, PAGE)),
                Arguments.of("a tag", ArticleListingsImpl.BY_TAG + ArticleListingsImpl.page(FIRST_PAGE)),
                Arguments.of("an author", ArticleListingsImpl.BY_AUTHOR + ArticleListingsImpl.page(FIRST_PAGE)),
                Arguments.of(
                        "related articles in the section",
                        ArticleListingsImpl.IN_SECTION_EXCEPT + ArticleListingsImpl.first(PAGE)),
                Arguments.of("related articles sharing a tag", ArticleListingsImpl.withAnyTag(2, PAGE)));
    }

    static void fill(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into section (id, name, slug, position, path) values (1, 'A', 'a', 0, 'a')");
            sql.execute("insert into section (id, name, slug, position, path) values (2, 'B', 'b', 1, 'b')");
            sql.execute("insert into tag (id, name, slug) values (1, 'One', 'one'), (2, 'Two', 'two')");
            sql.execute("insert into author (id, name, slug) values (1, 'Ana', 'ana')");
        }
        Random random = new Random(7);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        try (PreparedStatement article = db.prepareStatement("""
                        insert into article (id, title, slug, body, status, section_id, created_at, updated_at,
                                             published_at, deleted_at, version)
                        values (?, 'Title', ?, '<p>Text</p>', ?, ?, ?, ?, ?, ?, 0)""");
                PreparedStatement tag = db.prepareStatement(
                        "insert into article_tag (article_id, tag_id, listed_at, status) values (?, ?, ?, ?)");
                PreparedStatement byline = db.prepareStatement(
                        "insert into article_author (article_id, position, author_id, listed_at, status)"
                                + " values (?, 0, 1, ?, ?)")) {
            for (int id = 1; id <= ARTICLES; id++) {
                OffsetDateTime at =
                        OffsetDateTime.ofInstant(now.minusSeconds(random.nextInt(5 * 365 * 86_400)), ZoneOffset.UTC);
                boolean draft = id % 10 == 0;
                article.setLong(1, id);
                article.setString(2, "article-" + id);
                article.setString(3, draft ? "DRAFT" : "PUBLISHED");
                article.setLong(4, 1 + id % 2);
                article.setObject(5, at);
                article.setObject(6, at);
                article.setObject(7, draft ? null : at);
                article.setObject(8, id % 25 == 0 ? at : null);
                article.addBatch();
                tag.setLong(1, id);
                tag.setLong(2, 1 + id % 2);
                tag.setObject(3, at);
                tag.setString(4, draft ? "DRAFT" : "PUBLISHED");
                tag.addBatch();
                byline.setLong(1, id);
                byline.setObject(2, at);
                byline.setString(3, draft ? "DRAFT" : "PUBLISHED");
                byline.addBatch();
            }
            article.executeBatch();
            tag.executeBatch();
            byline.executeBatch();
        }
    }

    /**
     * The value each named parameter of a listing gets: section 1, tag 1, author 1, article 3 left
     * out, tags since {@link #SINCE}; and a first page, for a statement that asks for its page as
     * parameters.
     */
    static Object valueOf(String parameter) {
        String name = parameter.replaceAll("\\d+$", "");
        return switch (name) {
            case "section", "tag", "author" -> 1L;
            case "except" -> 3L;
            case "since" -> SINCE;
            case "offset" -> 0L;
            case "limit", "branchLimit" -> (long) PAGE;
            default -> throw new IllegalArgumentException("No value for :" + parameter);
        };
    }
}

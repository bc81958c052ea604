package org.broadsheet.portability.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.portability.wordpress.WordPressBody;
import org.broadsheet.portability.wordpress.WxrContents;
import org.broadsheet.portability.wordpress.WxrHandler;
import org.broadsheet.portability.wordpress.WxrItem;
import org.broadsheet.portability.wordpress.WxrReader;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The demo site written as a WordPress export and read back with the importer's own reader: the
 * same articles (title, slug, status, dates, section, tags, byline, text), the section tree as
 * categories, the pages, and a featured picture as the post's thumbnail attachment.
 */
@BroadsheetTest
@WithMockUser(username = "admin", roles = "ADMIN")
class WordPressExportTest {

    @Autowired
    WordPressExport export;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaService media;

    @Autowired
    SiteSettingsService settings;

    private final List<WxrItem> items = new ArrayList<>();
    private final List<WxrContents.Category> categories = new ArrayList<>();
    private final List<WxrContents.Author> authors = new ArrayList<>();
    private long posts;

    @BeforeEach
    void exportAndReadBack() {
        // a running site learns its address from its first reader, if not configured
        settings.adoptPublicUrl("https://news.example.org");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        posts = export.export(out, ArchiveProgress.NONE);
        new WxrReader().read(new ByteArrayInputStream(out.toByteArray()), new WxrHandler() {
            @Override
            public void author(WxrContents.Author author) {
                authors.add(author);
            }

            @Override
            public void category(WxrContents.Category category) {
                categories.add(category);
            }

            @Override
            public void item(WxrItem item) {
                items.add(item);
            }
        });
    }

    @Test
    void everyArticleComesBackAsThePostItWas() {
        List<Map<String, Object>> articles = jdbc.queryForList("select a.id, a.title, a.slug, a.status, a.body,"
                + " a.published_at, s.slug as section from article a join section s on s.id = a.section_id"
                + " where a.deleted_at is null order by a.id");
        assertThat(posts).isEqualTo(jdbc.queryForObject("select count(*) from article", Long.class));
        Map<Long, WxrItem> byId = new HashMap<>();
        items.stream().filter(i -> i.type().equals("post")).forEach(i -> byId.put(i.postId(), i));
        assertThat(articles).hasSizeGreaterThan(10);
        for (Map<String, Object> article : articles) {
            WxrItem post = byId.get(((Number) article.get("id")).longValue());
            assertThat(post).as("article %s", article.get("slug")).isNotNull();
            assertThat(post.title()).isEqualTo(article.get("title"));
            assertThat(post.slug()).isEqualTo(article.get("slug"));
            assertThat(post.categories()).containsExactly((String) article.get("section"));
            assertThat(post.status()).isEqualTo(wordPressStatus((String) article.get("status")));
            if (article.get("status").equals("PUBLISHED")) {
                assertThat(post.postDate()).isNotNull();
                assertThat(post.link()).startsWith("https://").endsWith("/" + article.get("slug"));
            }
            String reimported = WordPressBody.convert(post.content()).html();
            assertThat(text(reimported))
                    .as("the text of %s", article.get("slug"))
                    .isEqualTo(text((String) article.get("body")));
        }
    }

    @Test
    void tagsAndBylinesTravelWithThePosts() {
        Map<String, Object> tagged = jdbc.queryForMap("select at.article_id, t.slug from article_tag at"
                + " join tag t on t.id = at.tag_id order by at.article_id fetch first 1 rows only");
        WxrItem post = items.stream()
                .filter(i -> i.postId() == ((Number) tagged.get("article_id")).longValue())
                .findFirst()
                .orElseThrow();
        assertThat(post.tags()).contains((String) tagged.get("slug"));
        Map<String, Object> byline = jdbc.queryForMap("select aa.article_id, au.slug from article_author aa"
                + " join author au on au.id = aa.author_id where aa.position = 0 order by aa.article_id"
                + " fetch first 1 rows only");
        WxrItem written = items.stream()
                .filter(i -> i.postId() == ((Number) byline.get("article_id")).longValue())
                .findFirst()
                .orElseThrow();
        assertThat(written.creator()).isEqualTo(byline.get("slug"));
        assertThat(authors).extracting(WxrContents.Author::login).contains((String) byline.get("slug"));
    }

    @Test
    void sectionsBecomeCategoriesWithTheirParentsFirst() {
        Long sections = jdbc.queryForObject("select count(*) from section", Long.class);
        assertThat(categories).hasSize(sections.intValue());
        List<String> seen = new ArrayList<>();
        for (WxrContents.Category category : categories) {
            if (!category.parentSlug().isEmpty()) {
                assertThat(seen)
                        .as("parent of %s written before it", category.slug())
                        .contains(category.parentSlug());
            }
            seen.add(category.slug());
        }
        assertThat(categories).anyMatch(c -> !c.parentSlug().isEmpty());
    }

    @Test
    void pagesComeAlong() {
        assertThat(items)
                .filteredOn(i -> i.type().equals("page"))
                .extracting(WxrItem::slug)
                .containsAll(jdbc.queryForList("select slug from static_page", String.class));
    }

    @Test
    void aFeaturedPictureIsThePostsThumbnailAttachment() {
        MediaView picture = media.upload("harbour.png", TestPictures.png(1600, 900, false));
        long articleId = jdbc.queryForObject(
                "select min(id) from article where deleted_at is null and status = 'PUBLISHED'", Long.class);
        jdbc.update("update article set featured_image_media_id = ? where id = ?", picture.id(), articleId);
        try {
            items.clear();
            exportAndReadBack();
        } finally {
            jdbc.update("update article set featured_image_media_id = null where id = ?", articleId);
            media.delete(picture.id());
        }

        WxrItem attachment = items.stream()
                .filter(i -> i.type().equals("attachment"))
                .findFirst()
                .orElseThrow();
        assertThat(attachment.attachmentUrl())
                .startsWith("http")
                .endsWith(picture.largest().fallback());
        WxrItem post =
                items.stream().filter(i -> i.postId() == articleId).findFirst().orElseThrow();
        assertThat(post.meta()).containsEntry("_thumbnail_id", Long.toString(attachment.postId()));
    }

    private static String wordPressStatus(String status) {
        return switch (status) {
            case "PUBLISHED" -> "publish";
            case "SCHEDULED" -> "future";
            case "IN_REVIEW" -> "pending";
            case "ARCHIVED" -> "private";
            default -> "draft";
        };
    }

    /** What a reader reads: the words, whatever the markup around them. */
    private static String text(String html) {
        return org.jsoup.Jsoup.parse(html).text().replaceAll("\\s+", " ").strip();
    }
}

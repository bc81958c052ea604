package org.broadsheet.portability.service;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.broadsheet.base.BroadsheetProperties;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.portability.wordpress.WordPressMarkup;
import org.broadsheet.portability.wordpress.WxrContents;
import org.broadsheet.portability.wordpress.WxrItem;
import org.broadsheet.portability.wordpress.WxrWriter;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site as a WordPress export (WXR 1.2) that WordPress's own importer reads: sections become
 * categories with their hierarchy, tags and bylines come along, articles become posts with their
 * status, dates, category, tags and author, pages stay pages, and library pictures become
 * attachments at their public addresses (a featured picture is the post's thumbnail). Articles are
 * read a batch at a time in one snapshot, so memory stays flat.
 */
@Service
public class WordPressExport {

    /** Post ids are one number space in WordPress: pages and attachments are kept clear of articles'. */
    static final long PAGE_IDS = 1_000_000_000L;

    static final long ATTACHMENT_IDS = 2_000_000_000L;

    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final SectionService sections;
    private final SiteSettingsService settings;
    private final MediaService media;
    private final BroadsheetProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final JobMetrics jobs;

    WordPressExport(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            SectionService sections,
            SiteSettingsService settings,
            MediaService media,
            BroadsheetProperties properties,
            AuditLog audit,
            Clock clock,
            JobMetrics jobs) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.snapshot = Snapshot.of(transactions);
        this.sections = sections;
        this.settings = settings;
        this.media = media;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes {@code broadsheet-wordpress-TIME.xml} into {@code directory}, whole or not at all. */
    @PreAuthorize("hasRole('ADMIN')")
    public Path exportInto(Path directory, ArchiveProgress progress) {
        return ExportFile.write(
                directory, "broadsheet-wordpress-", clock.instant(), "xml", out -> export(out, progress));
    }

    /** Writes the export to {@code out}; returns how many posts (articles) it holds. */
    @PreAuthorize("hasRole('ADMIN')")
    public long export(OutputStream out, ArchiveProgress progress) {
        return jobs.run(JobMetrics.WORDPRESS_EXPORT, progress, watched -> exportWatched(out, watched));
    }

    private long exportWatched(OutputStream out, ArchiveProgress progress) {
        long posts = Objects.requireNonNull(snapshot.execute(status -> {
            try {
                return write(out, progress);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("The WordPress export could not be written", e);
            }
        }));
        audit.record("site.export-wordpress", null, posts + " posts");
        return posts;
    }

    private long write(OutputStream out, ArchiveProgress progress) throws XMLStreamException {
        SiteIdentity site = settings.identity();
        String siteUrl = siteUrl(site);
        SectionTree tree = sections.tree();
        Map<Long, String> authorSlugs = new HashMap<>();
        Map<Long, WxrItem.Term> tags = new HashMap<>();
        long total = count("article") + count("static_page") + count("media_item");
        long done = 0;
        try (WxrWriter wxr = new WxrWriter(
                out,
                new WxrContents.Site(site.siteName(), siteUrl, "1.2"),
                site.tagline() == null ? "" : site.tagline(),
                site.zone())) {
            for (Named author : named("author")) {
                authorSlugs.put(author.id(), author.slug());
                wxr.author(author.id(), new WxrContents.Author(author.slug(), author.name()));
            }
            for (SectionSummary section : tree.flattened()) {
                String parent = section.parentId() == null
                        ? ""
                        : tree.byId(section.parentId())
                                .map(SectionSummary::slug)
                                .orElse("");
                wxr.category(new WxrContents.Category(
                        section.id(), section.slug(), section.name(), parent, section.description()));
            }
            for (Named tag : named("tag")) {
                tags.put(tag.id(), new WxrItem.Term("post_tag", tag.slug(), tag.name()));
                wxr.tag(new WxrContents.Tag(tag.id(), tag.slug(), tag.name()));
            }
            long after = 0;
            long posts = 0;
            while (true) {
                List<ArticleRow> batch = jdbc.query(
                        "select id, title, slug, standfirst, body, status, section_id, created_at, updated_at,"
                                + " published_at, scheduled_at, deleted_at, featured_image_media_id from article"
                                + " where id > ? order by id fetch first " + BATCH + " rows only",
                        WordPressExport::articleRow,
                        after);
                if (batch.isEmpty()) {
                    break;
                }
                List<Long> ids = batch.stream().map(ArticleRow::id).toList();
                Map<Long, List<Long>> bylines = links("article_author", "author_id", "position", ids);
                Map<Long, List<Long>> tagged = links("article_tag", "tag_id", "tag_id", ids);
                for (ArticleRow article : batch) {
                    wxr.item(post(article, tree, siteUrl, authorSlugs, bylines, tags, tagged));
                    posts++;
                    progress.advance(++done, total, "articles");
                }
                after = batch.getLast().id();
            }
            List<PageRow> pages = jdbc.query(
                    "select id, slug, title, body, updated_at from static_page order by id",
                    (rs, row) -> new PageRow(
                            rs.getLong("id"),
                            rs.getString("slug"),
                            rs.getString("title"),
                            rs.getString("body"),
                            Objects.requireNonNull(instant(rs, "updated_at"))));
            for (PageRow page : pages) {
                wxr.item(page(page, siteUrl));
                progress.advance(++done, total, "pages");
            }
            attachments(wxr, siteUrl, progress, done, total);
            return posts;
        }
    }

    private record ArticleRow(
            long id,
            String title,
            String slug,
            @Nullable String standfirst,
            String body,
            String status,
            long sectionId,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant publishedAt,
            @Nullable Instant scheduledAt,
            @Nullable Instant deletedAt,
            @Nullable Long featuredMediaId) {}

    private static ArticleRow articleRow(ResultSet rs, int row) throws SQLException {
        Long media = rs.getObject("featured_image_media_id", Long.class);
        return new ArticleRow(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("standfirst"),
                rs.getString("body"),
                rs.getString("status"),
                rs.getLong("section_id"),
                Objects.requireNonNull(instant(rs, "created_at")),
                Objects.requireNonNull(instant(rs, "updated_at")),
                instant(rs, "published_at"),
                instant(rs, "scheduled_at"),
                instant(rs, "deleted_at"),
                media);
    }

    private WxrItem post(
            ArticleRow article,
            SectionTree tree,
            String siteUrl,
            Map<Long, String> authorSlugs,
            Map<Long, List<Long>> bylines,
            Map<Long, WxrItem.Term> tags,
            Map<Long, List<Long>> tagged) {
        List<WxrItem.Term> terms = new ArrayList<>();
        String path = "";
        var section = tree.byId(article.sectionId());
        if (section.isPresent()) {
            terms.add(new WxrItem.Term(
                    "category", section.get().slug(), section.get().name()));
            path = section.get().url() + "/" + article.slug();
        }
        tagged.getOrDefault(article.id(), List.of()).stream()
                .map(tags::get)
                .filter(Objects::nonNull)
                .forEach(terms::add);
        String creator = bylines.getOrDefault(article.id(), List.of()).stream()
                .map(authorSlugs::get)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse("");
        Map<String, String> meta = new LinkedHashMap<>();
        if (article.featuredMediaId() != null) {
            meta.put("_thumbnail_id", Long.toString(ATTACHMENT_IDS + article.featuredMediaId()));
        }
        Instant date = switch (article.status()) {
            case "PUBLISHED", "ARCHIVED" -> article.publishedAt();
            case "SCHEDULED" -> article.scheduledAt();
            default -> null;
        };
        return new WxrItem(
                article.id(),
                "post",
                article.deletedAt() != null ? "trash" : status(article.status()),
                article.title(),
                siteUrl + path,
                siteUrl + "/?p=" + article.id(),
                creator,
                WordPressMarkup.of(article.body(), siteUrl),
                article.standfirst() == null ? "" : article.standfirst(),
                article.slug(),
                date,
                article.updatedAt(),
                false,
                0,
                null,
                terms,
                meta,
                0);
    }

    /** Archived articles stay readable here but leave the lists: the nearest WordPress has is private. */
    private static String status(String status) {
        return switch (status) {
            case "PUBLISHED" -> "publish";
            case "SCHEDULED" -> "future";
            case "IN_REVIEW" -> "pending";
            case "ARCHIVED" -> "private";
            default -> "draft";
        };
    }

    private record Named(long id, String name, String slug) {}

    private record PageRow(long id, String slug, String title, String body, Instant updatedAt) {}

    private List<Named> named(String table) {
        return jdbc.query(
                "select id, name, slug from " + table + " order by id",
                (rs, row) -> new Named(rs.getLong("id"), rs.getString("name"), rs.getString("slug")));
    }

    private static WxrItem page(PageRow page, String siteUrl) {
        long id = PAGE_IDS + page.id();
        return new WxrItem(
                id,
                "page",
                "publish",
                page.title(),
                siteUrl + "/page/" + page.slug(),
                siteUrl + "/?page_id=" + id,
                "",
                WordPressMarkup.of(page.body(), siteUrl),
                "",
                page.slug(),
                page.updatedAt(),
                page.updatedAt(),
                false,
                0,
                null,
                List.of(),
                Map.of(),
                0);
    }

    private void attachments(WxrWriter wxr, String siteUrl, ArchiveProgress progress, long done, long total)
            throws XMLStreamException {
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.query(
                    "select id from media_item where id > ? order by id fetch first " + BATCH + " rows only",
                    (rs, row) -> rs.getLong(1),
                    after);
            if (ids.isEmpty()) {
                return;
            }
            Map<Long, MediaView> pictures = media.findAll(ids);
            for (long id : ids) {
                MediaView picture = pictures.get(id);
                if (picture != null) {
                    wxr.item(attachment(picture, siteUrl));
                }
                progress.advance(++done, total, "pictures");
            }
            after = ids.getLast();
        }
    }

    private static WxrItem attachment(MediaView picture, String siteUrl) {
        String file = siteUrl + picture.largest().fallback();
        Map<String, String> meta = new LinkedHashMap<>();
        if (picture.description() != null) {
            meta.put("_wp_attachment_image_alt", picture.description());
        }
        return new WxrItem(
                ATTACHMENT_IDS + picture.id(),
                "attachment",
                "inherit",
                picture.fileName(),
                file,
                file,
                picture.uploadedBy(),
                "",
                picture.caption() == null ? "" : picture.caption(),
                "picture-" + picture.id(),
                picture.createdAt(),
                picture.createdAt(),
                false,
                0,
                file,
                List.of(),
                meta,
                0);
    }

    /** For each article of the batch, the ids a link table gives it, in order. */
    private Map<Long, List<Long>> links(String table, String column, String order, List<Long> articleIds) {
        String in = articleIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, List<Long>> links = new HashMap<>();
        jdbc.query(
                "select article_id, " + column + " from " + table + " where article_id in (" + in + ")"
                        + " order by article_id, " + order,
                rs -> {
                    links.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        return links;
    }

    private String siteUrl(SiteIdentity site) {
        String url = site.publicUrl() != null ? site.publicUrl() : properties.siteUrl();
        return url == null ? "" : url.replaceFirst("/+$", "");
    }

    private long count(String table) {
        Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}

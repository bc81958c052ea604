package org.broadsheet.content.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.broadsheet.content.FeaturedImage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The listings as SQL that both databases answer by walking an index in reading order and
 * stopping after the page:
 *
 * <ul>
 *   <li>Each query orders first by the columns its conditions fix ({@code status},
 *       {@code deleted_at}, the section or tag), then by date. The result is the same, but the
 *       order now starts with the columns of its index ({@code V11}), which H2 needs before it
 *       will read an index in order instead of sorting: with the date alone, it prefers any
 *       index matching the conditions, as the desk's status index did.
 *   <li>Several sections are one short index walk each, merged: no index holds several sections
 *       in date order. Several groups of sections (the home page's blocks) are one statement
 *       with a walk per section, grouped here, rather than a statement per group.
 *   <li>Tags and bylines carry their article's date ({@code listed_at}, kept by {@link Article}),
 *       so a tag's page walks that tag's entries alone instead of every article with the tag.
 * </ul>
 *
 * How many rows to read and how far in are written into the statement as numbers, not bound as
 * parameters: they are the code's own choices, a handful of values. PostgreSQL plans a statement
 * whose limit is a parameter anew on every execution, because its plan for any limit (it assumes a
 * tenth of the rows) looks far dearer than one planned for the limit at hand; with the number in
 * the statement, it keeps the plan after five executions. Planning was half of the database's time
 * on a page (0.3–1.9 ms per listing). What readers choose (a section, tag, author, article) stays a
 * parameter. A page deep in an archive is a statement of its own, which the bounded caches of parsed
 * statements (Hibernate's, the driver's, H2's) let go when it is not asked again.
 *
 * <p>{@code ListingPlansTest} checks the plans, so a new index cannot quietly turn a page into a
 * sort of the archive again; {@code ListingPlansPostgresTest} that PostgreSQL keeps them.
 */
class ArticleListingsImpl implements ArticleListings {

    static final String VISIBLE = "a.status = 'PUBLISHED' and a.deleted_at is null";
    static final String ARTICLE_ORDER = "a.status, a.deleted_at, a.published_at desc, a.id desc";
    static final String SECTION_ORDER = "a.section_id, " + ARTICLE_ORDER;

    /**
     * The columns of a {@link ListedArticle}, its byline's author ids gathered into one array by a
     * lookup per row in the bylines' primary key: a listing is one statement, with no second one
     * for the bylines of the page's articles.
     */
    static final String LISTED = "a.id, a.section_id, a.slug, a.title, a.standfirst, a.published_at,"
            + " a.featured_image_url, a.featured_image_alt, a.featured_image_caption, a.featured_image_credit,"
            + " a.featured_image_media_id,"
            + " (select array_agg(byline.author_id order by byline.position) from article_author byline"
            + " where byline.article_id = a.id)";

    static final String LATEST = "select " + LISTED + " from article a where " + VISIBLE + " order by " + ARTICLE_ORDER;

    /**
     * A page, and one row more to know whether another follows, written into the statement; not
     * asked of Hibernate with {@code setFirstResult} and {@code setMaxResults}: for those it searches
     * each native statement's text with a regular expression on every call, 1.6 % of an article
     * render's CPU.
     */
    static String page(Pageable pageable) {
        String rows = " fetch next " + (pageable.getPageSize() + 1) + " rows only";
        return pageable.getOffset() == 0 ? rows : " offset " + pageable.getOffset() + " rows" + rows;
    }

    static String first(long rows) {
        return " fetch first " + rows + " rows only";
    }

    /** The columns of a {@link RelatedCandidate}. */
    static final String CANDIDATE = "a.id, a.section_id, a.published_at, a.title, a.standfirst, a.slug";

    static final String IN_SECTION_EXCEPT = "select " + CANDIDATE + " from article a where a.section_id = :section"
            + " and a.id <> :except and " + VISIBLE + " order by " + SECTION_ORDER;

    static final String BY_TAG = "select " + LISTED + " from article_tag t join article a on a.id = t.article_id"
            + " where t.tag_id = :tag and " + VISIBLE + " order by t.tag_id, t.listed_at desc, t.article_id desc";

    static final String BY_AUTHOR = "select " + LISTED
            + " from article_author b join article a on a.id = b.article_id"
            + " where b.author_id = :author and " + VISIBLE
            + " order by b.author_id, b.listed_at desc, b.article_id desc";

    /**
     * Listings are rows, not entities, read with plain JDBC in the same transaction: through
     * Hibernate's native queries, resolving their result mapping and plan on every call was most
     * of choosing an article's related articles, and reading whole articles (bodies, then their
     * bylines) most of a listing's database time.
     */
    private final NamedParameterJdbcTemplate jdbc;

    ArticleListingsImpl(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each section's newest, merged and put in reading order, and the page asked for. The page is
     * taken from the merged rows before the articles are joined: H2 works out the columns of every
     * joined row before it sorts, and each row's byline lookup ({@link #LISTED}) for every section's
     * newest made a top-level section's page twice as slow.
     */
    static String inSections(int sections, Pageable pageable) {
        long perSection = pageable.getOffset() + pageable.getPageSize() + 1;
        return "select " + LISTED + " from article a join (select listed.id, listed.published_at from ("
                + newestOfEach(sections, perSection) + ") listed order by listed.published_at desc, listed.id desc"
                + page(pageable) + ") shown on shown.id = a.id order by shown.published_at desc, shown.id desc";
    }

    /**
     * {@link #newestOfEach} as a statement of its own. A union is never kept in H2's cache of parsed
     * statements, so as the whole statement it was parsed and planned again on every home page (8 %
     * of its render); a select from it is kept.
     */
    static String newestOfEachStatement(int sections, long perSection) {
        return "select listed.id, listed.section_id, listed.published_at from (" + newestOfEach(sections, perSection)
                + ") listed";
    }

    /** Each section's newest {@code perSection}: their ids, sections and dates. */
    static String newestOfEach(int sections, long perSection) {
        return branches(
                sections,
                i -> "select a.id, a.section_id, a.published_at from article a where a.section_id = :section" + i
                        + " and " + VISIBLE + " order by " + SECTION_ORDER + first(perSection));
    }

    /**
     * The newest {@code rows} articles sharing any of the tags since a time: each tag's newest
     * {@code rows}, an article sharing two tags once, newest first.
     */
    static String withAnyTag(int tags, int rows) {
        return "select " + CANDIDATE + " from article a join (select s.article_id, max(s.listed_at) as listed_at from ("
                + branches(
                        tags,
                        i -> "select t.article_id, t.listed_at from article_tag t"
                                + " join article a on a.id = t.article_id"
                                + " where t.tag_id = :tag" + i
                                + " and t.listed_at >= :since and t.article_id <> :except and "
                                + VISIBLE + " order by t.tag_id, t.listed_at desc, t.article_id desc"
                                + first(rows))
                + ") s group by s.article_id) shared on shared.article_id = a.id"
                + " order by shared.listed_at desc, shared.article_id desc" + first(rows);
    }

    private static String branches(int count, IntFunction<String> branch) {
        return IntStream.range(0, count)
                .mapToObj(i -> "(" + branch.apply(i) + ")")
                .collect(Collectors.joining(" union all "));
    }

    @Override
    public Slice<ListedArticle> findPublished(Pageable pageable) {
        return slice(LATEST + page(pageable), Map.of(), pageable);
    }

    @Override
    public Slice<ListedArticle> findPublishedInSections(Collection<Long> sectionIds, Pageable pageable) {
        if (sectionIds.isEmpty()) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        return slice(inSections(sectionIds.size(), pageable), numbered("section", sectionIds), pageable);
    }

    @Override
    public Map<Long, List<ListedArticle>> findNewestInEachGroup(
            Map<Long, ? extends Collection<Long>> sectionsByGroup, int count, Collection<Long> except) {
        Set<Long> sectionIds = new LinkedHashSet<>();
        sectionsByGroup.values().forEach(sectionIds::addAll);
        if (sectionIds.isEmpty() || count <= 0) {
            Map<Long, List<ListedArticle>> none = new LinkedHashMap<>();
            sectionsByGroup.keySet().forEach(group -> none.put(group, List.of()));
            return none;
        }
        // the articles left out may all be a section's newest: reading as many more keeps the count
        List<Listed> newest = new ArrayList<>();
        jdbc.query(
                newestOfEachStatement(sectionIds.size(), count + except.size()),
                numbered("section", sectionIds),
                (ResultSet row) -> {
                    newest.add(new Listed(row.getLong(1), row.getLong(2), instant(row, 3)));
                });
        Set<Long> leftOut = Set.copyOf(except);
        newest.removeIf(listed -> leftOut.contains(listed.id()));
        // sorted once for every group, each group then taking its first rows
        newest.sort(Listed.NEWEST_FIRST);
        Map<Long, List<Long>> idsByGroup = new LinkedHashMap<>();
        sectionsByGroup.forEach((group, sections) -> {
            Set<Long> inGroup = Set.copyOf(sections);
            idsByGroup.put(
                    group,
                    newest.stream()
                            .filter(listed -> inGroup.contains(listed.sectionId()))
                            .limit(count)
                            .map(Listed::id)
                            .toList());
        });
        Map<Long, ListedArticle> byId = new HashMap<>();
        findListedAmong(idsByGroup.values().stream()
                        .flatMap(List::stream)
                        .distinct()
                        .toList())
                .forEach(article -> byId.put(article.id(), article));
        Map<Long, List<ListedArticle>> found = new LinkedHashMap<>();
        idsByGroup.forEach((group, ids) -> found.put(
                group, ids.stream().map(byId::get).filter(Objects::nonNull).toList()));
        return found;
    }

    /** A row of a listing before its article is read. */
    private record Listed(long id, long sectionId, Instant publishedAt) {
        static final Comparator<Listed> NEWEST_FIRST = Comparator.comparing(Listed::publishedAt)
                .thenComparing(Listed::id)
                .reversed();
    }

    @Override
    public Slice<ListedArticle> findPublishedByAuthor(long authorId, Pageable pageable) {
        return slice(BY_AUTHOR + page(pageable), Map.of("author", authorId), pageable);
    }

    @Override
    public Slice<ListedArticle> findPublishedByTag(long tagId, Pageable pageable) {
        return slice(BY_TAG + page(pageable), Map.of("tag", tagId), pageable);
    }

    @Override
    public List<ListedArticle> findListedAmong(Collection<Long> ids) {
        return visibleAmong(LISTED, ids, ArticleListingsImpl::listed);
    }

    @Override
    public List<RelatedCandidate> findPublishedInSectionExcept(long sectionId, long exceptId, Pageable limit) {
        return jdbc.query(
                IN_SECTION_EXCEPT + first(limit.getPageSize()),
                Map.of("section", sectionId, "except", exceptId),
                ArticleListingsImpl::candidate);
    }

    @Override
    public List<RelatedCandidate> findPublishedWithAnyTagExcept(
            Collection<Long> tagIds, long exceptId, Instant since, Pageable limit) {
        if (tagIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = numbered("tag", tagIds);
        parameters.put("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        parameters.put("except", exceptId);
        return jdbc.query(withAnyTag(tagIds.size(), limit.getPageSize()), parameters, ArticleListingsImpl::candidate);
    }

    @Override
    public List<RelatedCandidate> findPublishedAmong(Collection<Long> ids) {
        return visibleAmong(CANDIDATE, ids, ArticleListingsImpl::candidate);
    }

    /** Of these articles, the published ones, read as these columns. */
    private <T> List<T> visibleAmong(String columns, Collection<Long> ids, RowMapper<T> row) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select " + columns + " from article a where a.id in (:ids) and " + VISIBLE, Map.of("ids", ids), row);
    }

    @Override
    public Map<Long, Integer> countTagsShared(Collection<Long> articleIds, Collection<Long> tagIds) {
        if (articleIds.isEmpty() || tagIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> shared = new HashMap<>();
        jdbc.query(
                "select t.article_id, count(*) as shared from article_tag t"
                        + " where t.article_id in (:articles) and t.tag_id in (:tags) group by t.article_id",
                Map.of("articles", articleIds, "tags", tagIds),
                (ResultSet row) -> {
                    shared.put(row.getLong(1), row.getInt(2));
                });
        return shared;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Ids as the numbered parameters (section0, section1, …) that {@link #branches} statements name. */
    private static Map<String, Object> numbered(String prefix, Collection<Long> ids) {
        Map<String, Object> parameters = new HashMap<>();
        int i = 0;
        for (Long id : ids) {
            parameters.put(prefix + i++, id);
        }
        return parameters;
    }

    private static RelatedCandidate candidate(ResultSet row, int number) throws SQLException {
        return new RelatedCandidate(
                row.getLong(1), row.getLong(2), instant(row, 3), row.getString(4), row.getString(5), row.getString(6));
    }

    /** The columns of {@link #LISTED}, in their order. */
    private static ListedArticle listed(ResultSet row, int number) throws SQLException {
        String url = row.getString(7);
        Long mediaId = row.getObject(11, Long.class);
        FeaturedImage picture = url == null && mediaId == null
                ? null
                : new FeaturedImage(url, row.getString(8), row.getString(9), row.getString(10), mediaId);
        return new ListedArticle(
                row.getLong(1),
                row.getLong(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                instant(row, 6),
                picture,
                ids(row.getArray(12)));
    }

    /** A SQL array of ids; both databases give a null array when there are none. */
    private static List<Long> ids(java.sql.@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            List<Long> ids = new ArrayList<>();
            for (Object id : (Object[]) array.getArray()) {
                ids.add(((Number) id).longValue());
            }
            return ids;
        } finally {
            array.free();
        }
    }

    /**
     * The page asked for, reading one article more to know whether another page follows.
     *
     * @param sql a listing with its {@link #page}
     */
    private Slice<ListedArticle> slice(String sql, Map<String, ?> parameters, Pageable pageable) {
        List<ListedArticle> rows = jdbc.query(sql, parameters, ArticleListingsImpl::listed);
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }
}

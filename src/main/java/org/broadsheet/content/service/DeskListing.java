package org.broadsheet.content.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.domain.Article;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The desk's article pages: first the page's ids (from the sort index alone where the database
 * can), then only the columns the grid shows for those ids (no bodies, no entities to track) and
 * their bylines: four small queries whatever the filter or depth. A page past the middle is read
 * from the end. Counting is separate ({@link DeskFilterCount}).
 */
@Component
class DeskListing {

    /** Shallower pages are read from the start without asking for the count. */
    private static final long FROM_THE_END_BEYOND = 1_000;

    private static final String ROWS = """
            select a.id as id, a.title as title, a.sectionId as sectionId, a.status as status,
                   a.updatedAt as updatedAt, a.publishedAt as publishedAt, a.scheduledAt as scheduledAt
            from Article a where a.id in :ids""";

    private final EntityManager entityManager;

    private final ArticleViews views;

    private final long fromTheEndBeyond;

    @Autowired
    DeskListing(EntityManager entityManager, ArticleViews views) {
        this(entityManager, views, FROM_THE_END_BEYOND);
    }

    /** @param fromTheEndBeyond the offset from which a page past the middle is read from the end */
    DeskListing(EntityManager entityManager, ArticleViews views, long fromTheEndBeyond) {
        this.entityManager = entityManager;
        this.views = views;
        this.fromTheEndBeyond = fromTheEndBeyond;
    }

    /**
     * A page without its total, which the grid asks for separately ({@link #count}).
     *
     * @param pageable already restricted to sortable columns, with a unique tie-break
     */
    Slice<DeskArticleRow> page(Specification<Article> where, Pageable pageable, LongSupplier total) {
        if (pageable.getOffset() >= fromTheEndBeyond) {
            long count = total.getAsLong();
            if (pageable.getOffset() > count / 2) {
                return pageFromTheEnd(where, pageable, count);
            }
        }
        List<Long> ids = pageOfIds(where, pageable.getSort(), pageable.getOffset(), pageable.getPageSize() + 1);
        boolean more = ids.size() > pageable.getPageSize();
        List<Long> shown = more ? ids.subList(0, pageable.getPageSize()) : ids;
        return new SliceImpl<>(rows(shown), pageable, more);
    }

    /**
     * A page in the second half, read walking the index from the other end: the rows a deep
     * offset skips cost time in proportion, so row 90 000 of 100 000 is 10 000 rows from the end.
     *
     * @param total how many rows pass the filter ({@link DeskCounts} keeps it)
     */
    private Slice<DeskArticleRow> pageFromTheEnd(Specification<Article> where, Pageable pageable, long total) {
        long end = Math.min(total, pageable.getOffset() + pageable.getPageSize());
        long size = end - pageable.getOffset();
        if (size <= 0) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        Sort reversed = Sort.by(pageable.getSort().stream()
                .map(o -> o.with(o.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC))
                .toList());
        List<Long> ids = new ArrayList<>(pageOfIds(where, reversed, total - end, (int) size));
        Collections.reverse(ids);
        return new SliceImpl<>(rows(ids), pageable, end < total);
    }

    /** The ids alone: a deep page walks the sort index only, not the rows it skips. */
    private List<Long> pageOfIds(Specification<Article> where, Sort sort, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Article> article = query.from(Article.class);
        query.select(article.get("id")).where(where.toPredicate(article, query, cb));
        List<Order> order = new ArrayList<>();
        for (Sort.Order o : sort) {
            order.add(o.isAscending() ? cb.asc(article.get(o.getProperty())) : cb.desc(article.get(o.getProperty())));
        }
        query.orderBy(order);
        return entityManager
                .createQuery(query)
                .setFirstResult((int) offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The grid's columns for these ids, in this order. */
    private List<DeskArticleRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // one query string with the ids as its parameter: as criteria, each page read added an
        // entry to Hibernate's plan cache, which kept 33 bound values for every open grid
        List<Tuple> found = entityManager
                .createQuery(ROWS, Tuple.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, Tuple> byId = new HashMap<>();
        found.forEach(t -> byId.put(t.get("id", Long.class), t));
        Map<Long, List<Long>> authorIds = authorIdsOf(ids);
        return views.deskRowsOf(ids.stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .map(t -> new ArticleViews.DeskColumns(
                        t.get("id", Long.class),
                        t.get("title", String.class),
                        t.get("sectionId", Long.class),
                        authorIds.getOrDefault(t.get("id", Long.class), List.of()),
                        t.get("status", ArticleStatus.class),
                        t.get("updatedAt", Instant.class),
                        t.get("publishedAt", Instant.class),
                        t.get("scheduledAt", Instant.class)))
                .toList());
    }

    private Map<Long, List<Long>> authorIdsOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> byArticle = new HashMap<>();
        entityManager
                .createQuery("""
                        select a.id, byline.authorId from Article a join a.bylineListings byline
                        where a.id in :ids order by a.id, index(byline)""", Object[].class)
                .setParameter("ids", articleIds)
                .getResultList()
                .forEach(row -> byArticle
                        .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((Long) row[1]));
        return byArticle;
    }
}

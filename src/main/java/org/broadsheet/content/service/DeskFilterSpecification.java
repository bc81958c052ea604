package org.broadsheet.content.service;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.broadsheet.content.domain.Article;
import org.springframework.data.jpa.domain.Specification;

/** The desk's filters as a database query: articles outside the trash that pass all of them. */
final class DeskFilterSpecification {

    private DeskFilterSpecification() {}

    /** @param sectionIds the filter's section with every section below it, when it names one */
    static Specification<Article> of(DeskFilter filter, Collection<Long> sectionIds) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isNull(root.get("deletedAt")));
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.sectionId() != null) {
                where.add(root.get("sectionId").in(sectionIds));
            }
            if (filter.authorId() != null) {
                where.add(listedUnder(root, query, cb, "bylineListings", "authorId", filter.authorId()));
            }
            if (filter.tagId() != null) {
                where.add(listedUnder(root, query, cb, "tagListings", "tagId", filter.tagId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * A semi-join rather than a join: the database can walk the grid's sort index and stop after
     * a page, checking each article's byline or tags, instead of reading all of an author's
     * articles and sorting them.
     */
    private static Predicate listedUnder(
            Root<Article> article,
            CriteriaQuery<?> query,
            CriteriaBuilder cb,
            String listings,
            String attribute,
            long id) {
        Subquery<Integer> listed = query.subquery(Integer.class);
        Root<Article> same = listed.correlate(article);
        listed.select(cb.literal(1)).where(cb.equal(same.join(listings).get(attribute), id));
        return cb.exists(listed);
    }
}

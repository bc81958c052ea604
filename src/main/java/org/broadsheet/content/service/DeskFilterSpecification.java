package org.broadsheet.content.service;

import jakarta.persistence.criteria.Predicate;
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
                where.add(cb.equal(root.join("bylineListings").get("authorId"), filter.authorId()));
            }
            if (filter.tagId() != null) {
                where.add(cb.equal(root.join("tagListings").get("tagId"), filter.tagId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

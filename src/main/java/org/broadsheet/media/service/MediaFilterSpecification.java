package org.broadsheet.media.service;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.LikePattern;
import org.broadsheet.media.domain.MediaItem;
import org.springframework.data.jpa.domain.Specification;

/** The library's filters as a database query. */
final class MediaFilterSpecification {

    private MediaFilterSpecification() {}

    /**
     * @param viewer  whose pictures "mine" means
     * @param inUse   the pictures something shows, for "not used anywhere"
     * @param zone    the site's zone, in which a month starts and ends
     */
    static Specification<MediaItem> of(MediaFilter filter, String viewer, Set<Long> inUse, ZoneId zone) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!filter.text().isBlank()) {
                String pattern = LikePattern.containing(filter.text());
                List<Predicate> anyText = new ArrayList<>();
                for (String field : List.of("fileName", "description", "caption", "credit")) {
                    Expression<String> value = cb.lower(cb.coalesce(root.get(field), ""));
                    anyText.add(cb.like(value, pattern, '\\'));
                }
                where.add(cb.or(anyText.toArray(Predicate[]::new)));
            }
            if (filter.mine()) {
                where.add(cb.equal(root.get("uploadedBy"), viewer));
            }
            if (filter.unused() && !inUse.isEmpty()) {
                where.add(cb.not(root.get("id").in(inUse)));
            }
            if (filter.month() != null) {
                where.add(cb.greaterThanOrEqualTo(
                        root.get("createdAt"),
                        filter.month().atDay(1).atStartOfDay(zone).toInstant()));
                where.add(cb.lessThan(
                        root.get("createdAt"),
                        filter.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

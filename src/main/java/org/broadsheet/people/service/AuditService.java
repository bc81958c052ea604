package org.broadsheet.people.service;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.base.Csv;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.LikePattern;
import org.broadsheet.people.domain.AuditEvent;
import org.broadsheet.people.domain.AuditEventRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: filtered, paged, exported. Writing it is {@link AuditLog}'s job. */
@Service
public class AuditService {

    static final int EXPORT_BATCH = 1_000;
    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id"));

    private final AuditEventRepository events;
    private final AuditLog audit;

    AuditService(AuditEventRepository events, AuditLog audit) {
        this.events = events;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        validate(filter);
        return events.findAll(
                        matching(filter),
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST))
                .map(AuditService::entry);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        validate(filter);
        return events.count(matching(filter));
    }

    /** Writes the matching lines as CSV, newest first, reading the log in batches; the export itself is audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void exportCsv(AuditFilter filter, Writer out) {
        validate(filter);
        audit.record("audit.export", null, filter.toString());
        Csv.row(out, List.of("time", "actor", "action", "target", "ip", "details"));
        Pageable page = PageRequest.of(0, EXPORT_BATCH, NEWEST_FIRST);
        Page<AuditEvent> batch;
        do {
            batch = events.findAll(matching(filter), page);
            for (AuditEvent e : batch) {
                Csv.row(
                        out,
                        java.util.Arrays.asList(
                                e.getOccurredAt(),
                                e.getActor(),
                                e.getAction(),
                                e.getTarget(),
                                e.getIp(),
                                e.getDetails()));
            }
            page = page.next();
        } while (batch.hasNext());
    }

    private static void validate(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new DomainException.ValidationFailed("to", "The end date is before the start date");
        }
    }

    private static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                where.add(cb.like(cb.lower(root.get("actor")), LikePattern.containing(filter.actor()), '\\'));
            }
            if (filter.action() != null && !filter.action().isBlank()) {
                where.add(cb.like(cb.lower(root.get("action")), LikePattern.containing(filter.action()), '\\'));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(
                        root.get("occurredAt"),
                        filter.from().atStartOfDay(filter.zone()).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(
                        root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant()));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private static AuditEntry entry(AuditEvent e) {
        return new AuditEntry(
                e.requireId(),
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getTarget(),
                e.getIp(),
                e.getDetails());
    }
}

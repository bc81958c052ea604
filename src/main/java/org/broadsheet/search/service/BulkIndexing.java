package org.broadsheet.search.service;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * For code that writes many articles in a row (an import): by default each saving transaction
 * waits until its index changes are committed to disk, right for an editor's save and slow for
 * ten thousand; here the changes are searchable at once and reach the disk with the index's next
 * periodic commit (within a second).
 */
@Service
public class BulkIndexing {

    private final EntityManager entityManager;

    BulkIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Applies to the current transaction only. */
    @PreAuthorize("hasRole('ADMIN')")
    public void withoutWaitingForDisk() {
        Search.session(entityManager)
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
    }
}

package org.broadsheet.portability.service;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A read-only, repeatable-read transaction: an export sees the site at one moment while the newsroom keeps writing. */
final class Snapshot {

    private Snapshot() {}

    static TransactionTemplate of(PlatformTransactionManager transactions) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return snapshot;
    }
}

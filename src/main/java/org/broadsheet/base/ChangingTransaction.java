package org.broadsheet.base;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transaction that changed what a holder keeps in memory: it reads afresh until it ends,
 * since what other threads keep meanwhile cannot show it its own uncommitted rows.
 */
final class ChangingTransaction {

    private ChangingTransaction() {}

    /** Marks the current transaction, if any, as one that changed what {@code holder} keeps. */
    static void mark(Object holder) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(holder)) {
            TransactionSynchronizationManager.bindResource(holder, Boolean.TRUE);
            AfterCommit.orRollback(() -> TransactionSynchronizationManager.unbindResourceIfPossible(holder));
        }
    }

    /** Whether the current transaction changed what {@code holder} keeps. */
    static boolean isMarked(Object holder) {
        return TransactionSynchronizationManager.hasResource(holder);
    }
}

package org.broadsheet.base;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed (or, for {@link #orRollback}, ended
 * either way), or at once outside a transaction.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable action) {
        register(action, new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /**
     * For a cache of what the transaction changed: it may have been filled with the
     * transaction's own uncommitted rows, which must not outlive a rollback either.
     */
    public static void orRollback(Runnable action) {
        register(action, new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }

    private static void register(Runnable action, TransactionSynchronization synchronization) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(synchronization);
        } else {
            action.run();
        }
    }
}

package org.broadsheet.base;

import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a read in a read-only transaction, or in the one already open. For the values every page
 * uses and {@link KeptUntilChanged} holds in memory: only a miss needs a transaction, where a
 * transactional getter opened one on every page for nothing.
 */
@Component
public class ReadOnlyTransactions {

    private final TransactionTemplate template;

    ReadOnlyTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.template.setReadOnly(true);
    }

    public <T> T call(Supplier<T> read) {
        return Objects.requireNonNull(template.execute(status -> read.get()));
    }
}

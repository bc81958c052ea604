package org.broadsheet.site.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/** What every page reads and memory holds costs a page no transaction once it is held. */
@BroadsheetTest
class KeptSiteValuesTest {

    @Autowired
    SiteSettingsService settings;

    @Autowired
    SectionService sections;

    @Autowired
    MenuService menus;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void heldValuesAreServedWithoutATransaction() {
        readAll();
        List<String> begun = new ArrayList<>();
        TransactionExecutionListener listener = new TransactionExecutionListener() {
            @Override
            public void beforeBegin(TransactionExecution transaction) {
                begun.add(transaction.getTransactionName());
            }
        };
        var listeners = ((ConfigurableTransactionManager) transactions).getTransactionExecutionListeners();
        listeners.add(listener);
        try {
            readAll();
        } finally {
            listeners.remove(listener);
        }
        assertThat(begun).isEmpty();
    }

    private void readAll() {
        settings.identity();
        sections.tree();
        menus.navigation();
    }
}

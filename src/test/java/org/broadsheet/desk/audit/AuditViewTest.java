package org.broadsheet.desk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.broadsheet.people.service.AuditEntry;
import org.broadsheet.people.service.AuditFilter;
import org.broadsheet.people.service.AuditService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The audit log view and its export, as an admin. */
@BroadsheetTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditService audit;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void filtersNarrowTheGrid() {
        AuditView view = navigate(AuditView.class);
        int all = test(view.grid).size();
        assertThat(all).isGreaterThan(5);
        test(view.action).setValue("user.create");
        assertThat(test(view.grid).size()).isBetween(1, all - 1);
        for (int row = 0; row < test(view.grid).size(); row++) {
            assertThat(test(view.grid).getRow(row).action()).contains("user.create");
        }
        view.from.setValue(LocalDate.now().plusDays(2));
        view.to.setValue(LocalDate.now().plusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theExportIsCsvWithAHeaderAndNoRunnableFormulas() {
        StringWriter out = new StringWriter();
        audit.exportCsv(AuditFilter.everything(ZoneOffset.UTC), out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("time,actor,action,target,ip,details");
        long total = audit.count(AuditFilter.everything(ZoneOffset.UTC));
        assertThat(lines.length).isGreaterThanOrEqualTo((int) total);
        assertThat(audit.search(
                        new AuditFilter(null, "audit.export", null, null, ZoneOffset.UTC), PageRequest.of(0, 5)))
                .extracting(AuditEntry::actor)
                .contains("admin");
    }
}

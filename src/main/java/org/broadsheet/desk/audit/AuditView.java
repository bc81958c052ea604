package org.broadsheet.desk.audit;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.AuditEntry;
import org.broadsheet.people.service.AuditFilter;
import org.broadsheet.people.service.AuditService;
import org.broadsheet.site.service.SiteSettingsService;

/** The audit log for admins: who did what, when, from where; filtered and exported as CSV. */
@Route("audit")
@PageTitle("Audit log · Broadsheet desk")
@Menu(title = "Audit log", order = 40, icon = "vaadin:records")
@RolesAllowed(Role.Names.ADMIN)
public class AuditView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

    final TextField actor = new TextField("Actor");
    final TextField action = new TextField("Action");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditEntry> grid = new Grid<>();
    private final ZoneId zone;

    AuditView(AuditService audit, SiteSettingsService settings) {
        this.zone = settings.identity().zone();
        addClassName("desk-view");
        actor.setPlaceholder("username or address");
        action.setPlaceholder("e.g. login, article");
        for (TextField field : new TextField[] {actor, action}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> TIME.format(e.occurredAt().atZone(zone)))
                .setHeader("Time")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Actor").setKey("actor");
        grid.addColumn(AuditEntry::action).setHeader("Action").setKey("action");
        grid.addColumn(AuditEntry::target).setHeader("Target");
        grid.addColumn(AuditEntry::ip).setHeader("IP").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::details).setHeader("Details").setFlexGrow(3);
        grid.setItems(query -> audit.search(filter(), toSpringPageRequest(query)).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
        grid.setSizeFull();

        DownloadHandler csv = event -> {
            event.setFileName("broadsheet-audit-" + LocalDate.now(zone) + ".csv");
            event.setContentType("text/csv;charset=utf-8");
            audit.exportCsv(filter(), event.getWriter());
            event.getWriter().flush();
        };
        Anchor export = new Anchor(csv, "Export CSV");
        export.addClassName("audit-export");

        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        setSizeFull();
        add(new H2("Audit log"), filters, grid);
    }

    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue(), from.getValue(), to.getValue(), zone);
    }

    private void refresh() {
        boolean backwards = from.getValue() != null
                && to.getValue() != null
                && to.getValue().isBefore(from.getValue());
        to.setErrorMessage(backwards ? "The end date is before the start date" : null);
        to.setInvalid(backwards);
        if (!backwards) {
            grid.getDataProvider().refreshAll();
        }
    }
}

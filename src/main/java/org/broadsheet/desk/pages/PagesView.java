package org.broadsheet.desk.pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.broadsheet.content.service.StaticPageEditor;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.people.Role;
import org.broadsheet.site.service.SiteSettingsService;

/** The site's static pages, to open and edit, with the binned ones below to restore. */
@Route("pages")
@PageTitle("Pages · Broadsheet desk")
@Menu(title = "Pages", order = 1.6, icon = "vaadin:file-text-o")
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
public class PagesView extends Main {

    final Grid<StaticPageEditor.Row> grid = new Grid<>();
    final Grid<StaticPageEditor.Row> binned = new Grid<>();
    final Button create = new Button("New page", VaadinIcon.PLUS.create());
    private final StaticPageEditor pages;

    PagesView(StaticPageEditor pages, SiteSettingsService settings) {
        this.pages = pages;
        java.time.ZoneId zone = settings.identity().zone();
        addClassName("desk-view");
        grid.addColumn(StaticPageEditor.Row::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(StaticPageEditor.Row::url).setHeader("Address").setFlexGrow(2);
        grid.addColumn(row -> row.published() ? "Published" : "Not published").setHeader("Status");
        grid.addColumn(row -> DeskFeedback.dateTime(row.updatedAt(), zone)).setHeader("Changed");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                PageEditorView.class, PageEditorView.parameters(e.getItem().id()))));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        binned.addColumn(StaticPageEditor.Row::title).setHeader("In the trash").setFlexGrow(3);
        binned.addComponentColumn(row -> {
                    Button restore = new Button("Restore", e -> {
                        pages.restore(row.id());
                        DeskFeedback.done("Restored " + row.title());
                        refresh();
                    });
                    restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    restore.setAriaLabel("Restore " + row.title());
                    return restore;
                })
                .setKey("restore")
                .setAutoWidth(true)
                .setFlexGrow(0);
        binned.setAllRowsVisible(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate(PageEditorView.class, PageEditorView.parameters(null))));
        add(new HorizontalLayout(new H2("Pages"), create), grid, new H3("Trash"), binned);
        refresh();
    }

    private void refresh() {
        grid.setItems(pages.list());
        binned.setItems(pages.binned());
    }
}

package org.broadsheet.desk.trash;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.service.ArticleTrash;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.DeskUser;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.people.Role;
import org.broadsheet.site.service.SiteSettingsService;

/**
 * Articles moved to the trash: restore one to where it was, or (editors) delete it for good
 * after a confirmation naming it.
 */
@Route("trash")
@PageTitle("Trash · Broadsheet desk")
@Menu(title = "Trash", order = 5, icon = "vaadin:trash")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.EDITOR, Role.Names.ADMIN})
public class TrashView extends Main {

    final Grid<DeskArticleRow> grid = new Grid<>();
    private final ArticleTrash trash;

    TrashView(ArticleTrash trash, SiteSettingsService settings, DeskUser user) {
        this.trash = trash;
        addClassName("desk-view");
        ZoneId zone = settings.identity().zone();
        boolean editor = user.isEditor();
        grid.addColumn(DeskArticleRow::title).setHeader("Title").setFlexGrow(3).setKey("title");
        grid.addColumn(DeskArticleRow::sectionPath).setHeader("Section").setFlexGrow(1);
        grid.addColumn(row -> row.status().label())
                .setHeader("Status before")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> DeskFeedback.dateTime(row.updatedAt(), zone))
                .setHeader("Last saved")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> actions(row, editor))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> trash.list(toSpringPageRequest(query)).stream(), query -> (int) trash.count());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        setSizeFull();
        add(
                new H2("Trash"),
                new Paragraph("Binned articles are off the site and out of the lists until restored."
                        + (editor ? " Deleting one for good also deletes its revisions." : "")),
                grid);
    }

    private HorizontalLayout actions(DeskArticleRow row, boolean editor) {
        Button restore =
                new Button("Restore", e -> act(() -> trash.restore(row.id()), "Restored “" + row.title() + "”"));
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restore.setAriaLabel("Restore " + row.title());
        Button delete = new Button("Delete for good", e -> {
            ConfirmDialog ask = new ConfirmDialog(
                    "Delete for good?",
                    "“" + row.title() + "” and all its revisions will be gone. This cannot be undone.",
                    "Delete for good",
                    ok -> act(() -> trash.deletePermanently(row.id()), "Deleted “" + row.title() + "”"));
            ask.setConfirmButtonTheme("error primary");
            ask.setCancelable(true);
            ask.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + row.title() + " for good");
        delete.setVisible(editor);
        return new HorizontalLayout(restore, delete);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            DeskFeedback.done(done);
        } catch (DomainException e) {
            FieldErrors.show(e, java.util.Map.of());
        }
        grid.getDataProvider().refreshAll();
    }
}

package org.broadsheet.desk.sections;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.BulkAction;
import org.broadsheet.content.service.BulkArticleActions;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.desk.bulk.BulkRun;
import org.broadsheet.desk.bulk.BulkSummaryDialog;
import org.broadsheet.people.Role;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.jspecify.annotations.Nullable;

/**
 * The section tree: create, rename, describe, move under another parent, reorder among
 * siblings, and delete an empty section, or first move its articles elsewhere.
 */
@Route("sections")
@PageTitle("Sections · Broadsheet desk")
@Menu(title = "Sections", order = 2, icon = "vaadin:folder-open")
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
public class SectionsView extends Main {

    final TreeGrid<SectionSummary> grid = new TreeGrid<>();
    final Button create = new Button("New section", VaadinIcon.PLUS.create());
    private final SectionService sections;
    private final ArticleService articles;
    private final BulkArticleActions bulk;

    SectionsView(SectionService sections, ArticleService articles, BulkArticleActions bulk) {
        this.sections = sections;
        this.articles = articles;
        this.bulk = bulk;
        addClassName("desk-view");
        grid.addHierarchyColumn(SectionSummary::name)
                .setHeader("Section")
                .setFlexGrow(2)
                .setKey("name")
                .setSortable(false);
        grid.addColumn(SectionSummary::url).setHeader("Address").setFlexGrow(2).setKey("url");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(
                e -> new SectionDialog(sections, null, grid.asSingleSelect().getValue(), this::saved).open());
        setSizeFull();
        add(new HorizontalLayout(new H2("Sections"), create), grid);
        refresh();
    }

    private HorizontalLayout actions(SectionSummary section) {
        Button edit = small(
                VaadinIcon.EDIT,
                "Edit " + section.name(),
                e -> new SectionDialog(sections, section, null, this::saved).open());
        Button up = small(VaadinIcon.ARROW_UP, "Move " + section.name() + " up", e -> move(section, -1));
        Button down = small(VaadinIcon.ARROW_DOWN, "Move " + section.name() + " down", e -> move(section, 1));
        Button delete = small(VaadinIcon.TRASH, "Delete " + section.name(), e -> confirmDelete(section));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, up, down, delete);
    }

    private static Button small(
            VaadinIcon icon,
            String label,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void move(SectionSummary section, int offset) {
        act(() -> sections.moveAmongSiblings(section.id(), offset), null);
    }

    private void confirmDelete(SectionSummary section) {
        List<Long> inIt = articles.idsInSection(section.id());
        if (!inIt.isEmpty()) {
            offerMove(section, inIt);
            return;
        }
        ConfirmDialog ask = new ConfirmDialog(
                "Delete " + section.name() + "?",
                "The section and its address " + section.url() + " will be gone.",
                "Delete",
                e -> act(() -> sections.delete(section.id()), "Deleted " + section.name()));
        ask.setConfirmButtonTheme("error primary");
        ask.setCancelable(true);
        ask.open();
    }

    /** A section with articles can go once they live elsewhere: offers to move them all. */
    private void offerMove(SectionSummary section, List<Long> ids) {
        SectionTree tree = sections.tree();
        ComboBox<SectionSummary> target = new ComboBox<>("Move them to");
        target.setItems(
                tree.flattened().stream().filter(s -> s.id() != section.id()).toList());
        target.setItemLabelGenerator(SectionLabels.trails(tree));
        target.setRenderer(SectionLabels.indented());
        ConfirmDialog ask = new ConfirmDialog();
        ask.setHeader(section.name() + " holds " + ids.size() + (ids.size() == 1 ? " article" : " articles"));
        ask.add(target);
        ask.setConfirmText("Move articles");
        ask.setCancelable(true);
        ask.addConfirmListener(e -> {
            if (target.getValue() == null) {
                return;
            }
            BulkAction action = BulkAction.moveToSection(
                    target.getValue().id(), target.getValue().name());
            BulkRun.start(
                    UI.getCurrent(),
                    bulk,
                    action,
                    ids,
                    (done, total) -> {},
                    outcomes -> new BulkSummaryDialog(action, outcomes).open());
        });
        ask.open();
    }

    private void saved(SectionSummary section) {
        DeskFeedback.done("Saved " + section.name());
        refresh();
    }

    private void act(Runnable action, @org.jspecify.annotations.Nullable String done) {
        try {
            action.run();
            if (done != null) {
                DeskFeedback.done(done);
            }
        } catch (DomainException e) {
            FieldErrors.show(e, Map.of());
        }
        refresh();
    }

    private void refresh() {
        SectionTree tree = sections.tree();
        TreeData<SectionSummary> data = new TreeData<>();
        for (SectionSummary root : tree.roots()) {
            add(data, tree, null, root);
        }
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(tree.roots(), 4);
    }

    private static void add(
            TreeData<SectionSummary> data, SectionTree tree, @Nullable SectionSummary parent, SectionSummary section) {
        data.addItem(parent, section);
        tree.children(section.id()).forEach(child -> add(data, tree, section, child));
    }
}

package org.broadsheet.desk.menus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.content.service.FrontService;
import org.broadsheet.content.service.StaticPageEditor;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.desk.OrderedRows;
import org.broadsheet.desk.sections.SectionLabels;
import org.broadsheet.people.Role;
import org.broadsheet.site.service.MenuEntry;
import org.broadsheet.site.service.MenuService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;

/**
 * The header's navigation and the footer's links: sections, pages, articles and addresses, in
 * the order the editors drag them into, the header's entries nested one level for its
 * drop-downs. A menu never arranged shows the defaults, and "Use the defaults" returns to them.
 */
@Route("menus")
@PageTitle("Menus · Broadsheet desk")
@Menu(title = "Menus", order = 1.7, icon = "vaadin:menu")
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
public class MenusView extends Main implements BeforeLeaveObserver {

    final Select<MenuService.Menu> menu = new Select<>();
    final Grid<MenuEntry> entries = new Grid<>();
    final Select<MenuEntry.Kind> kind = new Select<>();
    final ComboBox<SectionSummary> section = new ComboBox<>("Section");
    final ComboBox<StaticPageEditor.Row> page = new ComboBox<>("Page");
    final ComboBox<ArticleTeaser> article = new ComboBox<>("Article");
    final TextField url = new TextField("Address");
    final TextField label = new TextField("Words shown");
    final Button add = new Button("Add entry", VaadinIcon.PLUS.create());
    final Button save = new Button("Save menu");
    final Button discard = new Button("Discard changes");
    final Button defaults = new Button("Use the defaults");
    final Paragraph status = new Paragraph();
    private final OrderedRows<MenuEntry> rows;
    private final MenuService menus;
    private MenuService.Plan plan;
    private boolean dirty;

    MenusView(MenuService menus, SectionService sections, StaticPageEditor pages, FrontService fronts) {
        this.menus = menus;
        this.rows = new OrderedRows<>(entries, this::changed);
        addClassName("desk-view");
        addClassName("menus-view");
        menu.setLabel("Menu");
        menu.setItems(MenuService.Menu.values());
        menu.setItemLabelGenerator(MenuService.Menu::label);
        menu.setValue(MenuService.Menu.HEADER);
        menu.addValueChangeListener(e -> load());

        entries.addClassName("menu-entries");
        entries.addColumn(e -> (e.child() ? "↳ " : "") + e.label())
                .setHeader("Shown as")
                .setFlexGrow(2);
        entries.addColumn(e -> e.kind().label())
                .setHeader("Leads to")
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        entries.setAllRowsVisible(true);

        SectionTree tree = sections.tree();
        kind.setLabel("Add a");
        kind.setItems(MenuEntry.Kind.values());
        kind.setItemLabelGenerator(MenuEntry.Kind::label);
        kind.addValueChangeListener(e -> showTargetField());
        section.setItems(tree.flattened());
        section.addClassName("menu-section");
        section.setItemLabelGenerator(SectionLabels.trails(tree));
        page.setItems(pages.list());
        page.setItemLabelGenerator(StaticPageEditor.Row::title);
        article.setItems(query -> fronts.candidates(null, query.getFilter().orElse(""), query.getLimit()).stream()
                .skip(query.getOffset()));
        article.setItemLabelGenerator(ArticleTeaser::title);
        article.setPlaceholder("Type words of a headline");
        url.setPlaceholder("https://… or /page/…");
        label.setMaxLength(MenuEntry.LABEL_MAX_LENGTH);
        label.addClassName("menu-label");
        label.setHelperText("Empty: the section's, page's or article's own name");
        kind.setValue(MenuEntry.Kind.SECTION);
        add.addClickListener(e -> addEntry());

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveEntries(rows.all()));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> load());
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        defaults.addClickListener(e -> saveEntries(java.util.List.of()));

        HorizontalLayout adding = new HorizontalLayout(kind, section, page, article, url, label, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout actions = new HorizontalLayout(save, discard, defaults);
        HorizontalLayout header = new HorizontalLayout(new H2("Menus"), menu);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        status.addClassName("front-status");
        add(header, status, entries, new H3("Add an entry"), adding, actions);
        this.plan = menus.open(MenuService.Menu.HEADER);
        load();
    }

    private void load() {
        plan = menus.open(menu.getValue());
        rows.show(plan.entries());
        status.setText(
                plan.entries().isEmpty()
                        ? (menu.getValue() == MenuService.Menu.HEADER
                                ? "Not arranged: the site shows the top-level sections and their sub-sections."
                                : "Not arranged: the site shows About us, Corrections, Cookie policy, the feed and the sitemap.")
                        : plan.entries().size() + (plan.entries().size() == 1 ? " entry." : " entries."));
        setDirty(false);
    }

    private void changed() {
        setDirty(true);
    }

    private void setDirty(boolean dirty) {
        this.dirty = dirty;
        discard.setEnabled(dirty);
    }

    private void showTargetField() {
        MenuEntry.Kind chosen = kind.getValue();
        section.setVisible(chosen == MenuEntry.Kind.SECTION);
        page.setVisible(chosen == MenuEntry.Kind.PAGE);
        article.setVisible(chosen == MenuEntry.Kind.ARTICLE);
        url.setVisible(chosen == MenuEntry.Kind.LINK);
    }

    private void addEntry() {
        MenuEntry.Kind chosen = kind.getValue();
        String words = label.getValue().strip();
        MenuEntry entry = switch (chosen) {
            case SECTION ->
                section.getValue() == null
                        ? null
                        : new MenuEntry(
                                chosen,
                                section.getValue().id(),
                                null,
                                or(words, section.getValue().name()),
                                false);
            case PAGE ->
                page.getValue() == null
                        ? null
                        : new MenuEntry(
                                chosen,
                                page.getValue().id(),
                                null,
                                or(words, page.getValue().title()),
                                false);
            case ARTICLE ->
                article.getValue() == null
                        ? null
                        : new MenuEntry(
                                chosen,
                                article.getValue().id(),
                                null,
                                or(words, article.getValue().title()),
                                false);
            case LINK -> new MenuEntry(chosen, null, url.getValue().strip(), words, false);
        };
        if (entry == null) {
            DeskFeedback.refused("Choose what the entry leads to");
            return;
        }
        try {
            rows.add(entry.checked(rows.all().size(), menu.getValue().nests()));
            label.clear();
            url.clear();
            label.setInvalid(false);
            url.setInvalid(false);
        } catch (DomainException e) {
            FieldErrors.show(e, Map.of("label", label, "url", url));
        }
    }

    private static String or(String words, String name) {
        return words.isEmpty() ? name.substring(0, Math.min(name.length(), MenuEntry.LABEL_MAX_LENGTH)) : words;
    }

    private Component actions(MenuEntry entry) {
        HorizontalLayout actions = new HorizontalLayout();
        rows.upAndDown(entry, entry.label()).forEach(actions::add);
        if (menu.getValue().nests()) {
            Button nest = OrderedRows.iconButton(
                    entry.child() ? VaadinIcon.ARROW_LEFT : VaadinIcon.INDENT,
                    entry.child()
                            ? "Take “" + entry.label() + "” out of the drop-down"
                            : "Put “" + entry.label() + "” in the drop-down of the entry above",
                    () -> rows.replace(entry, entry.asChild(!entry.child())));
            nest.setEnabled(rows.indexOf(entry) > 0);
            actions.add(nest);
        }
        actions.add(OrderedRows.iconButton(
                VaadinIcon.CLOSE_SMALL, "Remove “" + entry.label() + "”", () -> rows.remove(entry)));
        return actions;
    }

    private void saveEntries(java.util.List<MenuEntry> toSave) {
        try {
            plan = menus.save(menu.getValue(), plan.version(), toSave);
            load();
            DeskFeedback.done("Saved: " + menu.getValue().label());
        } catch (DomainException e) {
            FieldErrors.show(e, Map.of("label", label, "url", url));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog ask =
                new ConfirmDialog("Leave without saving?", "Your changes to the menu are not saved.", "Leave", e -> {
                    dirty = false;
                    action.proceed();
                });
        ask.setCancelable(true);
        ask.setCancelText("Stay");
        ask.open();
    }
}

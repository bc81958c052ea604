package org.broadsheet.desk.tags;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.people.Role;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.taxonomy.service.TagSummary;
import org.springframework.data.domain.PageRequest;

/** Tags by name: create, rename, and merge duplicates ("Elections" into "Election"). */
@Route("tags")
@PageTitle("Tags · Broadsheet desk")
@Menu(title = "Tags", order = 4, icon = "vaadin:tags")
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
public class TagsView extends Main {

    final Grid<TagSummary> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button create = new Button("New tag", VaadinIcon.PLUS.create());

    TagsView(TagService tags) {
        addClassName("desk-view");
        filter.setPlaceholder("Filter by name");
        filter.setAriaLabel("Filter tags by name");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(TagSummary::name).setHeader("Name").setFlexGrow(2).setKey("name");
        grid.addColumn(TagSummary::url).setHeader("Page").setFlexGrow(2);
        grid.addComponentColumn(tag -> {
                    Button rename = new Button("Rename", e -> new TagDialog(tags, tag, this::saved).open());
                    Button merge = new Button(
                            "Merge…",
                            e -> new TagMergeDialog(tags, tag, into -> {
                                        DeskFeedback.done("Merged " + tag.name() + " into " + into.name());
                                        grid.getDataProvider().refreshAll();
                                    })
                                    .open());
                    rename.setAriaLabel("Rename " + tag.name());
                    merge.setAriaLabel("Merge " + tag.name() + " into another tag");
                    rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    merge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return new HorizontalLayout(rename, merge);
                })
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> tags.list(filter.getValue(), toSpringPageRequest(query)).stream(), query ->
                (int) tags.list(filter.getValue(), PageRequest.of(0, 1)).getTotalElements());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new TagDialog(tags, null, this::saved).open());
        setSizeFull();
        add(new HorizontalLayout(new H2("Tags"), create, filter), grid);
    }

    private void saved(TagSummary tag) {
        DeskFeedback.done("Saved " + tag.name());
        grid.getDataProvider().refreshAll();
    }
}

package org.broadsheet.desk.sections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.Slugs;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.jspecify.annotations.Nullable;

/**
 * Creates a section or changes one: name, slug, parent and description. A new slug or parent
 * keeps old addresses working through redirects, which the form says.
 */
class SectionDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField slug = new TextField("Slug");
    final ComboBox<SectionSummary> parent = new ComboBox<>("Inside");
    final TextArea description = new TextArea("Description");
    final Button save = new Button("Save");
    private boolean slugFollowsName;

    SectionDialog(
            SectionService sections,
            @Nullable SectionSummary editing,
            @Nullable SectionSummary under,
            Consumer<SectionSummary> saved) {
        SectionTree tree = sections.tree();
        setHeaderTitle(editing == null ? "New section" : "Edit " + editing.name());
        name.setRequired(true);
        slug.setRequired(true);
        slug.setAllowedCharPattern("[a-z0-9-]");
        slug.setHelperText(editing == null ? null : "Changing it keeps the old addresses working through redirects");
        parent.setItems(tree.flattened().stream()
                .filter(s -> editing == null
                        || !tree.selfAndDescendantIds(editing.id()).contains(s.id()))
                .toList());
        parent.setItemLabelGenerator(SectionLabels.trails(tree));
        parent.setRenderer(SectionLabels.indented());
        parent.setPlaceholder("Top level");
        parent.setClearButtonVisible(true);
        description.setMaxLength(2000);
        if (editing != null) {
            name.setValue(editing.name());
            slug.setValue(editing.slug());
            parent.setValue(
                    editing.parentId() == null
                            ? null
                            : tree.byId(editing.parentId()).orElse(null));
            description.setValue(Objects.requireNonNullElse(editing.description(), ""));
        } else {
            parent.setValue(under);
            slugFollowsName = true;
        }
        name.addValueChangeListener(e -> {
            if (slugFollowsName) {
                slug.setValue(Slugs.slugify(e.getValue()));
            }
        });
        slug.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                slugFollowsName = false;
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                Long parentId =
                        parent.getValue() == null ? null : parent.getValue().id();
                String text = description.getValue().isBlank() ? null : description.getValue();
                SectionSummary result = editing == null
                        ? sections.create(name.getValue(), slug.getValue(), parentId, text)
                        : sections.update(editing.id(), name.getValue(), slug.getValue(), parentId, text);
                close();
                saved.accept(result);
            } catch (DomainException error) {
                FieldErrors.show(
                        error, Map.of("name", name, "slug", slug, "parent", parent, "description", description));
            }
        });
        add(new FormLayout(name, slug, parent, description));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}

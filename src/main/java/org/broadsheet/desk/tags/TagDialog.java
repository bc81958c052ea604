package org.broadsheet.desk.tags;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.taxonomy.service.TagSummary;
import org.jspecify.annotations.Nullable;

/** Creates a tag, or renames one and changes the address of its page. */
class TagDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField slug = new TextField("Slug");
    final Button save = new Button("Save");

    TagDialog(TagService tags, @Nullable TagSummary editing, Consumer<TagSummary> saved) {
        setHeaderTitle(editing == null ? "New tag" : "Rename " + editing.name());
        name.setRequired(true);
        slug.setAllowedCharPattern("[a-z0-9-]");
        slug.setVisible(editing != null);
        if (editing != null) {
            name.setValue(editing.name());
            slug.setValue(editing.slug());
            slug.setHelperText("The tag page is " + editing.url() + "; a new slug moves it");
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                TagSummary result = editing == null
                        ? tags.findOrCreate(name.getValue())
                        : tags.update(editing.id(), name.getValue(), slug.getValue());
                close();
                saved.accept(result);
            } catch (DomainException error) {
                FieldErrors.show(error, Map.of("name", name, "tags", name, "slug", slug));
            }
        });
        add(new FormLayout(name, slug));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}

package org.broadsheet.desk.authors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.people.service.AuthorService;
import org.jspecify.annotations.Nullable;

/** A byline profile: name, address of the author page, bio and photo. */
class AuthorDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField slug = new TextField("Slug");
    final TextArea bio = new TextArea("Bio");
    final TextField photoUrl = new TextField("Photo URL");
    final Button fromLibrary = new Button("Choose from the library…");
    final Button save = new Button("Save");

    AuthorDialog(
            AuthorService authors, PictureLibrary library, @Nullable AuthorProfile editing, Consumer<String> saved) {
        setHeaderTitle(editing == null ? "New author" : "Edit " + editing.name());
        name.setRequired(true);
        slug.setAllowedCharPattern("[a-z0-9-]");
        slug.setHelperText(
                editing == null
                        ? "Made from the name"
                        : "The author page is /author/" + editing.slug() + "; a new slug moves it");
        slug.setEnabled(editing != null);
        bio.setMaxLength(2000);
        photoUrl.setHelperText("A picture from the library, or an https address");
        fromLibrary.addClickListener(
                e -> library.choose(picked -> photoUrl.setValue(picked.largest().fallback())));
        if (editing != null) {
            name.setValue(editing.name());
            slug.setValue(editing.slug());
            bio.setValue(Objects.requireNonNullElse(editing.bio(), ""));
            photoUrl.setValue(Objects.requireNonNullElse(editing.photoUrl(), ""));
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                String text = bio.getValue().isBlank() ? null : bio.getValue();
                if (editing == null) {
                    authors.createProfile(name.getValue(), text, photoUrl.getValue());
                } else {
                    authors.update(editing.id(), name.getValue(), slug.getValue(), text, photoUrl.getValue());
                }
                close();
                saved.accept(name.getValue().strip());
            } catch (DomainException error) {
                FieldErrors.show(error, Map.of("name", name, "slug", slug, "bio", bio, "photoUrl", photoUrl));
            }
        });
        add(new FormLayout(name, slug, bio, photoUrl, fromLibrary));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}

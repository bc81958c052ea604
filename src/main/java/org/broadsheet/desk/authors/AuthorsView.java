package org.broadsheet.desk.authors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.site.service.SiteSettingsService;

/**
 * Byline profiles, with or without a login: name, author page address, bio and photo. Which
 * account a profile belongs to is set by admins in Users.
 */
@Route("authors")
@PageTitle("Authors · Broadsheet desk")
@Menu(title = "Authors", order = 3, icon = "vaadin:user-card")
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
public class AuthorsView extends Main {

    final Grid<AuthorProfile> grid = new Grid<>();
    final Button create = new Button("New author", VaadinIcon.PLUS.create());
    private final AuthorService authors;

    AuthorsView(AuthorService authors, MediaService media, MediaLimits limits, SiteSettingsService settings) {
        this.authors = authors;
        PictureLibrary library = new PictureLibrary(media, limits, settings);
        addClassName("desk-view");
        grid.addColumn(AuthorProfile::name).setHeader("Name").setFlexGrow(2).setKey("name");
        grid.addColumn(AuthorProfile::url).setHeader("Page").setFlexGrow(2);
        grid.addColumn(a -> a.bio() == null ? "" : a.bio()).setHeader("Bio").setFlexGrow(4);
        grid.addComponentColumn(a -> {
                    Button edit = new Button("Edit", e -> new AuthorDialog(authors, library, a, this::saved).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    edit.setAriaLabel("Edit " + a.name());
                    return edit;
                })
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new AuthorDialog(authors, library, null, this::saved).open());
        setSizeFull();
        add(new HorizontalLayout(new H2("Authors"), create), grid);
        grid.setItems(authors.all());
    }

    private void saved(String name) {
        DeskFeedback.done("Saved " + name);
        grid.setItems(authors.all());
    }
}

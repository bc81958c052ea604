package org.broadsheet.desk.users;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.AccountRow;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.TwoFactorService;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.site.service.SiteSettingsService;

/** Admins manage who may log in and with which roles. */
@Route("users")
@PageTitle("Users · Broadsheet desk")
@Menu(title = "Users", order = 20, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends Main {

    private final Grid<AccountRow> grid = new Grid<>();
    private final UserAccountService accounts;

    UsersView(
            UserAccountService accounts,
            AuthorService authors,
            TwoFactorService twoFactor,
            SiteSettingsService settings) {
        this.accounts = accounts;
        addClassName("desk-view");
        ZoneId zone = settings.identity().zone();
        grid.addColumn(AccountRow::username)
                .setHeader("Username")
                .setSortProperty("username")
                .setKey("username");
        grid.addColumn(AccountRow::displayName).setHeader("Name").setSortProperty("displayName");
        grid.addColumn(AccountRow::email).setHeader("Email").setSortProperty("email");
        grid.addColumn(row -> row.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setKey("roles");
        grid.addColumn(row -> row.enabled() ? "Yes" : "No")
                .setHeader("Enabled")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.twoFactorEnabled() ? "On" : "Off")
                .setHeader("Two-step login")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.locked() ? "Locked" : row.mustChangePassword() ? "Must change password" : "")
                .setHeader("State")
                .setKey("state");
        grid.addColumn(row -> row.lastLoginAt() == null ? "never" : DeskFeedback.dateTime(row.lastLoginAt(), zone))
                .setHeader("Last login")
                .setSortProperty("lastLoginAt")
                .setAutoWidth(true);
        grid.setItems(query -> accounts.list(toSpringPageRequest(query)).stream(), query -> (int) accounts.count());
        grid.addItemClickListener(
                click -> new AccountDialog(accounts, authors, twoFactor, click.getItem(), this::refresh).open());
        grid.setSizeFull();

        Button create = new Button(
                "New account",
                new Icon(VaadinIcon.PLUS),
                e -> new AccountDialog(accounts, authors, twoFactor, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Users"), create);
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        toolbar.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        toolbar.setWidthFull();
        setSizeFull();
        add(toolbar, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}

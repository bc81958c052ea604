package org.broadsheet.desk;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.broadsheet.people.service.UserAccountService;

/**
 * The desk's frame: navigation built from the views' {@code @Menu} entries (so each role sees only
 * the views it may open), the user's name and log out.
 */
@Layout
@PermitAll
public class DeskLayout extends AppLayout {

    DeskLayout(AuthenticationContext authentication, UserAccountService accounts) {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1("Broadsheet");
        title.addClassName("desk-title");
        Anchor site = new Anchor("/", "View site");
        site.addClassName("desk-site-link");
        addToDrawer(new Div(title, site), navigation());

        String username = authentication.getPrincipalName().orElse("");
        Span user = new Span(accounts.displayName(username).orElse(username));
        user.addClassName("desk-user");
        Anchor profile = new Anchor("profile", "Profile");
        profile.addClassName("desk-profile-link");
        Button logout = new Button("Log out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div spacer = new Div();
        spacer.addClassName("desk-navbar-spacer");
        addToNavbar(new DrawerToggle(), spacer, user, profile, logout);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", "Desk");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }
}

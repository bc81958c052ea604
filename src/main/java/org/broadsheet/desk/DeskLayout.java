package org.broadsheet.desk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.broadsheet.desk.live.EditingPresence;
import org.broadsheet.people.service.UserAccountService;

/**
 * The desk's frame: navigation built from the views' {@code @Menu} entries (so each role sees only
 * the views it may open), the light/dark switch, and the user's menu.
 */
@Layout
@Uses(SideNav.class) // the navigation is markup: its web component must still be in the bundle
@PermitAll
public class DeskLayout extends AppLayout {

    DeskLayout(AuthenticationContext authentication, UserAccountService accounts, EditingPresence presence) {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1("Broadsheet");
        title.addClassName("desk-title");
        Anchor site = new Anchor("/", "View site");
        site.addClassName("desk-site-link");
        addToDrawer(new Div(title, site), DeskNavigation.of(MenuConfiguration.getMenuEntries()));

        String username = authentication.getPrincipalName().orElse("");
        String displayName = accounts.displayName(username).orElse(username);
        presence.track(this, username, displayName);
        Div spacer = new Div();
        spacer.addClassName("desk-navbar-spacer");
        addToNavbar(new DrawerToggle(), spacer, new ThemeToggle(), userMenu(displayName, authentication));
    }

    /** The user's name, opening profile, password and log out. */
    private static MenuBar userMenu(String displayName, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("desk-user-menu");
        Span name = new Span(displayName);
        name.addClassName("desk-user");
        MenuItem user = menu.addItem(new Span(new Icon(VaadinIcon.USER), name));
        user.setAriaLabel("Account menu of " + displayName);
        SubMenu items = user.getSubMenu();
        items.addItem("Profile", e -> UI.getCurrent().navigate("profile"));
        items.addItem("Change password", e -> UI.getCurrent().navigate("profile"));
        items.addItem("Log out", e -> authentication.logout());
        return menu;
    }
}

package org.broadsheet;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The desk's HTML shell: Lumo theme, server push for live updates, page metadata. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/desk.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("robots", "noindex, nofollow");
    }
}

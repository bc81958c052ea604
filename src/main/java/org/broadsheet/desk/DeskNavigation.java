package org.broadsheet.desk;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The desk's side navigation, one entry per view the user may open, written as markup: the side
 * nav's items highlight the current view and navigate in the browser, so the server keeps one
 * element for the whole list instead of a component per item and icon in every open tab.
 */
final class DeskNavigation {

    private DeskNavigation() {}

    /** The navigation for these menu entries, in their order. */
    static Html of(List<MenuEntry> entries) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element nav = document.body().appendElement("vaadin-side-nav").attr("aria-label", "Desk");
        for (MenuEntry entry : entries) {
            Element item = nav.appendElement("vaadin-side-nav-item").attr("path", relative(entry.path()));
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("slot", "prefix").attr("icon", entry.icon());
            }
            item.appendText(entry.title());
        }
        return new Html(nav.outerHtml());
    }

    /** Paths are resolved against the page's base, as the side nav's own Java items write them. */
    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}

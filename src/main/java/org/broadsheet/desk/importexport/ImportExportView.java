package org.broadsheet.desk.importexport;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.broadsheet.people.Role;
import org.broadsheet.portability.service.NightlyBackup;
import org.broadsheet.portability.service.SiteExport;
import org.broadsheet.portability.service.SiteRestore;
import org.broadsheet.portability.service.WordPressExport;
import org.broadsheet.portability.service.WordPressImport;

/** Moving a site in and out: a WordPress import, Broadsheet's own export, its restore and the nightly backups. */
@Route("import-export")
@PageTitle("Import and export · Broadsheet desk")
@Menu(title = "Import & export", order = 9, icon = "vaadin:exchange")
@RolesAllowed(Role.Names.ADMIN)
public class ImportExportView extends Main {

    final WordPressImportPanel wordpress;
    final SiteExportPanel export;
    final SiteRestorePanel restore;

    ImportExportView(
            WordPressImport importer,
            SiteExport exporter,
            WordPressExport forWordPress,
            SiteRestore restorer,
            NightlyBackup backups) {
        addClassName("desk-view");
        wordpress = new WordPressImportPanel(importer);
        export = new SiteExportPanel(exporter, forWordPress, backups);
        restore = new SiteRestorePanel(restorer);
        add(new H2("Import and export"), wordpress, export, restore);
    }
}

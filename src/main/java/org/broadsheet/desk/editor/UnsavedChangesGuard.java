package org.broadsheet.desk.editor;

import com.vaadin.flow.component.Component;

/**
 * Makes the browser ask before the tab is closed or reloaded while the form holds unsaved
 * changes. Navigation inside the desk is asked about by the view itself.
 */
final class UnsavedChangesGuard {

    private static final String INSTALL = """
            if (!window.broadsheetUnsavedGuard) {
              window.broadsheetUnsavedGuard = true;
              window.addEventListener('beforeunload', e => {
                if (window.broadsheetUnsaved) { e.preventDefault(); e.returnValue = ''; }
              });
            }
            window.broadsheetUnsaved = false;""";

    private final Component owner;
    private boolean unsaved;

    UnsavedChangesGuard(Component owner) {
        this.owner = owner;
        owner.addAttachListener(e -> e.getUI().getPage().executeJs(INSTALL));
        owner.addDetachListener(e -> e.getUI().getPage().executeJs("window.broadsheetUnsaved = false"));
    }

    void set(boolean unsaved) {
        if (this.unsaved != unsaved) {
            this.unsaved = unsaved;
            owner.getUI().ifPresent(ui -> ui.getPage().executeJs("window.broadsheetUnsaved = $0", unsaved));
        }
    }
}

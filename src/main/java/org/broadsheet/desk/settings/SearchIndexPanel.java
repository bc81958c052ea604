package org.broadsheet.desk.settings;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.search.service.IndexStatus;
import org.broadsheet.search.service.SearchIndexService;
import org.jspecify.annotations.Nullable;

/**
 * The search index at a glance, and "Rebuild" for when it seems to miss articles. A rebuild runs
 * in the background; while it does, this panel polls for its progress.
 */
class SearchIndexPanel extends Div {

    private static final int POLL_MILLIS = 700;

    final Paragraph state = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Button rebuild = new Button("Rebuild search index");

    private final SearchIndexService index;
    private final ZoneId zone;
    private @Nullable Registration polling;

    SearchIndexPanel(SearchIndexService index, ZoneId zone) {
        this.index = index;
        this.zone = zone;
        addClassName("search-index-panel");
        state.addClassName("search-index-state");
        progress.setVisible(false);
        rebuild.addClickListener(e -> {
            if (index.rebuild()) {
                DeskFeedback.done("Rebuilding the search index");
            }
            refresh();
        });
        add(new H3("Search index"), state, progress, rebuild);
        refresh();
    }

    void refresh() {
        IndexStatus status = index.status();
        if (status.rebuilding()) {
            long total = Math.max(status.rebuildTotal(), status.articles());
            state.setText("Rebuilding: " + status.rebuilt() + " of " + total + " articles indexed.");
            progress.setVisible(true);
            progress.setValue(total == 0 ? 0 : Math.min(1.0, (double) status.rebuilt() / total));
        } else {
            String when = status.lastRebuiltAt() == null
                    ? ""
                    : " Last rebuilt "
                            + DeskFeedback.DATE_TIME.format(
                                    status.lastRebuiltAt().atZone(zone)) + ".";
            String error = status.lastError() == null ? "" : " The last rebuild failed: " + status.lastError();
            state.setText(
                    status.documents() + " of " + status.articles() + " articles are in the index." + when + error);
            progress.setVisible(false);
        }
        rebuild.setEnabled(!status.rebuilding());
        getUI().ifPresent(ui -> ui.setPollInterval(status.rebuilding() ? POLL_MILLIS : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        polling = ui.addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }
}

package org.broadsheet.desk.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.AutosavedText;
import org.broadsheet.content.service.WorkingCopies;
import org.jspecify.annotations.Nullable;

/**
 * The editor's autosave: every few seconds the form's text goes to the server while it differs
 * from what is saved, and text nobody saved for real is offered back when the article is opened
 * again ({@link AutosaveBanner}).
 */
class EditorAutosave {

    static final int INTERVAL_MILLIS = 5000;

    final AutosaveBanner banner;
    private final WorkingCopies workingCopies;
    private final OpenEditors openEditors;
    private @Nullable ArticleDraft kept;
    private @Nullable Long offeredFor;
    private @Nullable Registration poll;

    EditorAutosave(WorkingCopies workingCopies, OpenEditors openEditors, ZoneId zone, Consumer<AutosavedText> restore) {
        this.workingCopies = workingCopies;
        this.openEditors = openEditors;
        this.banner = new AutosaveBanner(zone, new AutosaveBanner.Choice() {
            @Override
            public void restore(AutosavedText text) {
                restore.accept(text);
            }

            @Override
            public void discard() {
                discardFor(offeredFor);
            }
        });
    }

    /** Keeps the draft of an article (null: a new one) unless it is what was kept last. */
    void keep(@Nullable Long articleId, long version, ArticleDraft draft) {
        if (draft.equals(kept)) {
            return;
        }
        try {
            workingCopies.keep(articleId, version, draft);
            kept = draft;
        } catch (DomainException e) {
            // an autosave never interrupts typing: the form says what is wrong at the next save
        }
    }

    /** The form now shows what is stored: nothing of it has been kept yet. */
    void reset() {
        kept = null;
    }

    /** Offers back autosaved text that differs from what is saved at {@code version}. */
    void offer(@Nullable Long articleId, long version, ArticleDraft saved) {
        offeredFor = articleId;
        workingCopies
                .mine(articleId)
                .filter(t -> !saved.withText(t.title(), t.slug(), t.standfirst(), t.body())
                        .equals(saved))
                .ifPresentOrElse(
                        t -> banner.offer(t, articleId != null && t.baseVersion() < version),
                        () -> banner.setVisible(false));
    }

    /** The text was saved for real, or thrown away. */
    void discardFor(@Nullable Long articleId) {
        workingCopies.discard(articleId);
        kept = null;
    }

    /** Keeps the form every few seconds while the editor is attached, and when the node stops. */
    void start(UI ui, Runnable tick) {
        ui.setPollInterval(INTERVAL_MILLIS);
        poll = ui.addPollListener(e -> tick.run());
        openEditors.opened(ui, tick);
    }

    void stop(UI ui) {
        openEditors.closed(ui);
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        ui.setPollInterval(-1);
    }
}

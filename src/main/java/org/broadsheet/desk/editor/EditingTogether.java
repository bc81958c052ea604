package org.broadsheet.desk.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.broadsheet.desk.DeskUser;
import org.broadsheet.desk.live.DeskActivity;
import org.broadsheet.desk.live.EditingPresence;
import org.jspecify.annotations.Nullable;

/**
 * The editor among other desks: tells them which article this tab has open, and hears who else
 * is editing it and when an article was saved elsewhere.
 */
@SpringComponent
class EditingTogether {

    private final EditingPresence presence;
    private final DeskActivity activity;
    private final DeskUser user;

    EditingTogether(EditingPresence presence, DeskActivity activity, DeskUser user) {
        this.presence = presence;
        this.activity = activity;
        this.user = user;
    }

    /** This tab has the article open (a new one counts as none yet). */
    void announce(UI ui, @Nullable Long articleId, String title) {
        if (articleId == null) {
            presence.stopEditing(EditingPresence.tab(ui));
        } else {
            presence.arrive(EditingPresence.tab(ui), user.username(), user.displayName(), articleId, title);
        }
    }

    void leave(UI ui) {
        presence.stopEditing(EditingPresence.tab(ui));
    }

    List<String> othersEditing(@Nullable Long articleId) {
        return articleId == null ? List.of() : presence.othersEditing(articleId, user.username());
    }

    /** Calls back, while {@code owner} is attached, when presence changes and when an article is saved anywhere. */
    void follow(Component owner, Runnable presenceChanged, Runnable articleSaved) {
        Signal.effect(owner, () -> {
            presence.changes().get();
            presenceChanged.run();
        });
        Signal.effect(owner, () -> {
            activity.articleChanges().get();
            articleSaved.run();
        });
    }
}

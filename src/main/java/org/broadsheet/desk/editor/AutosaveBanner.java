package org.broadsheet.desk.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.broadsheet.content.service.AutosavedText;
import org.broadsheet.desk.DeskFeedback;
import org.jspecify.annotations.Nullable;

/**
 * Offers back the text the editor autosaved and nobody saved for real (a crash, a closed tab, a
 * conflict resolved the other way): restore it into the form, or throw it away.
 */
class AutosaveBanner extends Div {

    final Span message = new Span();
    final Button restore = new Button("Restore it");
    final Button discard = new Button("Discard it");
    private final ZoneId zone;
    private @Nullable AutosavedText offered;

    interface Choice {
        void restore(AutosavedText text);

        void discard();
    }

    AutosaveBanner(ZoneId zone, Choice choice) {
        addClassName("autosave-banner");
        getElement().setAttribute("role", "status");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        restore.addClickListener(e -> {
            setVisible(false);
            if (offered != null) {
                choice.restore(offered);
            }
        });
        discard.addClickListener(e -> {
            setVisible(false);
            choice.discard();
        });
        add(message, restore, discard);
        setVisible(false);
        this.zone = zone;
    }

    void offer(AutosavedText text, boolean articleChangedSince) {
        offered = text;
        message.setText("You have unsaved text from "
                + DeskFeedback.dateTime(text.savedAt(), zone) + "."
                + (articleChangedSince ? " The article has been saved since; compare before you save over it." : ""));
        setVisible(true);
    }
}

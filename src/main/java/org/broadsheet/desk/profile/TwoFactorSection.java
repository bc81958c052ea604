package org.broadsheet.desk.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.people.service.TwoFactorService;
import org.broadsheet.people.service.TwoFactorStatus;

/** The profile's two-step login part: its state, and turning it on, off, or renewing recovery codes. */
class TwoFactorSection extends Div {

    final Paragraph state = new Paragraph();
    final Button setUp = new Button("Set up two-step login");
    final Button newCodes = new Button("New recovery codes");
    final Button turnOff = new Button("Turn off");

    private final TwoFactorService twoFactor;

    TwoFactorSection(TwoFactorService twoFactor, String issuer) {
        this.twoFactor = twoFactor;
        addClassName("two-factor-section");
        state.addClassName("two-factor-state");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(e -> new TwoFactorSetupDialog(twoFactor, issuer, this::refresh).open());
        newCodes.addClickListener(e -> new PasswordConfirmDialog(
                        "New recovery codes",
                        "Make new codes",
                        password -> showCodes(twoFactor.newRecoveryCodes(password)))
                .open());
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.addClickListener(e -> new PasswordConfirmDialog("Turn off two-step login", "Turn off", password -> {
                    twoFactor.disableMine(password);
                    DeskFeedback.done("Two-step login is off");
                    refresh();
                })
                .open());
        add(new H3("Two-step login"), state, new HorizontalLayout(setUp, newCodes, turnOff));
        refresh();
    }

    private void refresh() {
        TwoFactorStatus status = twoFactor.myStatus();
        if (status.enabled()) {
            state.setText("On: logging in asks for a code from your authenticator app. "
                    + status.recoveryCodesLeft() + " of 10 recovery codes left."
                    + (status.required() ? " This publication requires it for editors and admins." : ""));
        } else {
            state.setText(
                    status.required()
                            ? "This publication requires two-step login for editors and admins. Set it up to continue."
                            : "Off. With it on, a stolen password alone cannot open your desk.");
        }
        state.getElement().getClassList().set("two-factor-required", status.required() && !status.enabled());
        setUp.setVisible(!status.enabled());
        newCodes.setVisible(status.enabled());
        turnOff.setVisible(status.enabled() && !status.required());
    }

    private void showCodes(List<String> codes) {
        Dialog dialog = new Dialog(new RecoveryCodesPanel(codes));
        dialog.setHeaderTitle("New recovery codes");
        Button saved = new Button("I have saved them", e -> dialog.close());
        saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(saved);
        dialog.open();
        refresh();
    }
}

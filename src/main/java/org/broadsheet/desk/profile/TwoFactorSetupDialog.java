package org.broadsheet.desk.profile;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.people.service.TwoFactorEnrolment;
import org.broadsheet.people.service.TwoFactorService;

/**
 * Setting up two-step login: scan the QR code (or type the key), prove it with a code, then
 * keep the recovery codes. Nothing is stored until the code is right.
 */
class TwoFactorSetupDialog extends Dialog {

    final TextField code = new TextField("Code from the app");
    final Button confirm = new Button("Turn on");
    final Span manualKey;

    TwoFactorSetupDialog(TwoFactorService twoFactor, String issuer, Runnable onEnabled) {
        setHeaderTitle("Set up two-step login");
        setMaxWidth("32rem");
        TwoFactorEnrolment enrolment = twoFactor.beginEnrolment(issuer);
        Image qr = new Image(enrolment.qrCodeDataUri(), "QR code to scan with an authenticator app");
        qr.addClassName("totp-qr");
        manualKey = new Span(grouped(enrolment.secret()));
        manualKey.addClassName("totp-key");
        code.setHelperText("The six digits the app shows now");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(10);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(e -> {
            try {
                List<String> codes = twoFactor.confirmEnrolment(enrolment.secret(), code.getValue());
                showRecoveryCodes(codes);
                onEnabled.run();
            } catch (DomainException error) {
                FieldErrors.show(error, Map.of("code", code));
            }
        });
        add(
                new Paragraph("1. Scan this code with an authenticator app such as Aegis, FreeOTP, Google "
                        + "Authenticator, Microsoft Authenticator or 1Password."),
                qr,
                new Paragraph("Cannot scan? Add an account by hand with this key (time-based):"),
                manualKey,
                new Paragraph("2. Type the code the app shows to prove it works."),
                code);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle("Two-step login is on");
        add(new RecoveryCodesPanel(codes));
        Button saved = new Button("I have saved them", e -> close());
        saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(saved);
    }

    /** "ABCD EFGH …": easier to copy by eye; apps ignore the spaces. */
    static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}

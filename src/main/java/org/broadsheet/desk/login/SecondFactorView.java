package org.broadsheet.desk.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.broadsheet.people.service.SecondFactorResult;
import org.broadsheet.people.service.TwoFactorService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The second login step: a code from the authenticator app, or a recovery code. Only reachable
 * with a {@link PendingLogin} in the session; without one it is the login page again.
 */
@Route(value = SecondFactorView.ROUTE, autoLayout = false)
@PageTitle("Two-step login · Broadsheet desk")
@AnonymousAllowed
public class SecondFactorView extends Main implements BeforeEnterObserver {

    static final String ROUTE = "login/code";

    final TextField code = new TextField("Code from your authenticator app");
    final Button verify = new Button("Verify");
    private final Paragraph refused = new Paragraph();

    private final TwoFactorService twoFactor;
    private final SecurityContextRepository contexts;
    private final Clock clock;
    private @Nullable PendingLogin pending;

    SecondFactorView(TwoFactorService twoFactor, SecurityContextRepository contexts, Clock clock) {
        this.twoFactor = twoFactor;
        this.contexts = contexts;
        this.clock = clock;
        addClassName("login-view");
        code.setHelperText("Six digits, or one of your recovery codes if you have lost the phone");
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "text");
        code.setMaxLength(40);
        // This view decides when the field is wrong; the field's own check would undo it on clear().
        code.setManualValidation(true);
        code.setWidthFull();
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> verify());
        verify.setWidthFull();
        refused.addClassName("second-factor-refused");
        refused.setVisible(false);
        Div card = new Div(
                new H1("Two-step login"),
                new Paragraph("Open the authenticator app on your phone and type the code it shows for this desk."),
                code,
                verify,
                refused);
        card.addClassName("second-factor-card");
        add(card, new Anchor("/desk/login", "Start again"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pending = parked();
        if (pending == null) {
            session().removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
            event.forwardTo(LoginView.class);
        }
    }

    private void verify() {
        PendingLogin login = parked();
        if (login == null || login != pending) {
            refuse("The login took too long. Start again with your password.");
            return;
        }
        SecondFactorResult result = twoFactor.verifyLogin(login.username(), code.getValue());
        switch (result) {
            case ACCEPTED -> complete(login);
            case REJECTED -> {
                code.setErrorMessage("That code is not right. Type the newest code from the app.");
                code.setInvalid(true);
                code.clear();
                code.focus();
            }
            case REFUSED ->
                refuse("Too many wrong codes: the account is locked for a while. "
                        + "Try again later, or ask an admin.");
        }
    }

    /** Puts the parked authentication in place, as the password step would have done. */
    private void complete(PendingLogin login) {
        session().removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(login.authentication());
        strategy.setContext(context);
        contexts.saveContext(
                context,
                VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        getUI().ifPresent(ui -> ui.getPage().setLocation(login.targetUrl()));
    }

    private void refuse(String message) {
        session().removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
        pending = null;
        refused.setText(message);
        refused.setVisible(true);
        code.setEnabled(false);
        verify.setEnabled(false);
    }

    /** The login parked in this session by the password step, if it has not run out. */
    private @Nullable PendingLogin parked() {
        return PendingLogin.from(session().getAttribute(PendingLogin.SESSION_ATTRIBUTE), clock.instant())
                .orElse(null);
    }

    private static WrappedSession session() {
        return VaadinSession.getCurrent().getSession();
    }
}

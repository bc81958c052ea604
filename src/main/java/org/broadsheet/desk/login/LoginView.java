package org.broadsheet.desk.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.broadsheet.site.service.SiteSettingsService;

/** Sign-in to the desk. Errors never say whether the username exists. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Broadsheet desk")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    final LoginForm form = new LoginForm();
    /** The words the form shows now (the form keeps them to itself). */
    LoginI18n words = LoginI18n.createDefault();

    private final SiteSettingsService settings;

    LoginView(SiteSettingsService settings) {
        this.settings = settings;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(form, new Anchor("/", "Back to the site"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean throttled = parameters.containsKey(LoginThrottleFilter.THROTTLED_PARAMETER);
        Optional<Instant> lockedUntil = Optional.ofNullable(parameters.get(LoginFailureRedirect.LOCKED_PARAMETER))
                .flatMap(values -> values.stream().findFirst())
                .flatMap(LoginView::epochSecond);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Broadsheet desk");
        if (lockedUntil.isPresent()) {
            ZoneId zone = settings.identity().zone();
            i18n.getErrorMessage().setTitle("This account is locked for now");
            i18n.getErrorMessage()
                    .setMessage("After repeated wrong passwords, logins to it are paused until "
                            + UNTIL.format(lockedUntil.get().atZone(zone)) + " (" + zone.getId()
                            + "). Try again then, or ask an admin to unlock it.");
        } else {
            i18n.getErrorMessage().setTitle(throttled ? "Too many attempts" : "Wrong username or password");
            i18n.getErrorMessage()
                    .setMessage(
                            throttled
                                    ? "Too many failed logins came from your network. Wait a few minutes, then try again."
                                    : "Check both and try again. After several wrong tries an account is locked for a while.");
        }
        form.setI18n(i18n);
        words = i18n;
        form.setError(throttled || lockedUntil.isPresent() || parameters.containsKey("error"));
    }

    private static Optional<Instant> epochSecond(String text) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}

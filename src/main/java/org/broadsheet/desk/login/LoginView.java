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

/** Sign-in to the desk. Errors never say whether the username exists. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Broadsheet desk")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(form, new Anchor("/", "Back to the site"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean throttled = parameters.containsKey(LoginThrottleFilter.THROTTLED_PARAMETER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Broadsheet desk");
        i18n.getErrorMessage().setTitle(throttled ? "Too many attempts" : "Wrong username or password");
        i18n.getErrorMessage()
                .setMessage(
                        throttled
                                ? "Too many login attempts came from your network. Wait a few minutes, then try again."
                                : "Check both and try again. After several wrong tries an account is locked for a while.");
        form.setI18n(i18n);
        form.setError(throttled || parameters.containsKey("error"));
    }
}

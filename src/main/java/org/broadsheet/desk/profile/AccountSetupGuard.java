package org.broadsheet.desk.profile;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.broadsheet.people.service.TwoFactorService;
import org.broadsheet.people.service.UserAccountService;
import org.springframework.stereotype.Component;

/**
 * Someone whose password was reset, or who must use two-step login and has not set it up, goes
 * nowhere in the desk but their profile until that is done.
 */
@Component
class AccountSetupGuard implements VaadinServiceInitListener {

    private final UserAccountService accounts;
    private final TwoFactorService twoFactor;
    private final AuthenticationContext authentication;

    AccountSetupGuard(UserAccountService accounts, TwoFactorService twoFactor, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ProfileView.class
                && authentication.isAuthenticated()
                && (accounts.mustChangePassword() || twoFactor.mustEnrol())) {
            event.rerouteTo(ProfileView.class);
        }
    }
}

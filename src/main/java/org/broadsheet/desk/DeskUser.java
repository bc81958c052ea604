package org.broadsheet.desk;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.broadsheet.people.service.UserAccountService;
import org.springframework.stereotype.Component;

/** Who is using the desk in this request: the login name and the name to show others. */
@Component
public class DeskUser {

    private final AuthenticationContext authentication;
    private final UserAccountService accounts;

    DeskUser(AuthenticationContext authentication, UserAccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public String username() {
        return authentication.getPrincipalName().orElse("");
    }

    public String displayName() {
        String username = username();
        return accounts.displayName(username).orElse(username);
    }

    public boolean isEditor() {
        return authentication.hasAnyRole("EDITOR", "ADMIN");
    }
}

package org.broadsheet.desk.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Instant;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;

/** What the login page says after each kind of refusal. */
@BroadsheetTest
class LoginViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.broadsheet.site.service.SiteSettingsService settings;

    @Test
    void aLockedAccountsOwnerIsToldWhenItOpensAndEveryoneElseHearsWrong() {
        Instant until = Instant.parse("2026-12-01T10:15:00Z");
        LoginView locked = open("locked", Long.toString(until.getEpochSecond()));
        assertThat(locked.form.isError()).isTrue();
        assertThat(locked.words.getErrorMessage().getTitle()).isEqualTo("This account is locked for now");
        java.time.ZoneId zone = settings.identity().zone();
        assertThat(locked.words.getErrorMessage().getMessage())
                .contains(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
                                .format(until.atZone(zone))
                        + " (" + zone.getId() + ")");

        LoginView wrong = open("error", "");
        assertThat(wrong.words.getErrorMessage().getTitle()).isEqualTo("Wrong username or password");

        LoginView nonsense = open("locked", "soon");
        assertThat(nonsense.form.isError()).isFalse();
    }

    private LoginView open(String parameter, String value) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        LoginView.class,
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(parameter, value)));
        return (LoginView) getCurrentView();
    }
}

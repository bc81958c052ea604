package org.broadsheet.desk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.broadsheet.people.service.TwoFactorService;
import org.broadsheet.search.service.IndexStatus;
import org.broadsheet.search.service.SearchIndexService;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Settings as an admin: saved and applied at once; bad values shown at their field, nothing saved. */
@BroadsheetTest
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    SiteSettingsService settings;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    SearchIndexService index;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void savedSettingsAreWhatTheSiteUsesAtOnce() {
        SettingsView view = navigate(SettingsView.class);
        String before = settings.identity().siteName();
        test(view.siteName).setValue("The Altiplano Courier");
        test(view.timezone).selectItem("America/La_Paz");
        test(view.pageSize).setValue(12);
        test(view.save).click();
        assertThat(settings.identity().siteName())
                .isEqualTo("The Altiplano Courier")
                .isNotEqualTo(before);
        assertThat(settings.identity().zone().getId()).isEqualTo("America/La_Paz");
        assertThat(settings.identity().pageSize()).isEqualTo(12);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void thePublicAddressIsCheckedAndKeptInOneForm() {
        SettingsView view = navigate(SettingsView.class);
        test(view.publicUrl).setValue("https://news.example.org/blog?x=1");
        test(view.save).click();
        assertThat(view.publicUrl.isInvalid()).isTrue();
        assertThat(view.publicUrl.getValue()).isEqualTo("https://news.example.org/blog?x=1");
        assertThat(settings.identity().publicUrl()).isNotEqualTo("https://news.example.org/blog?x=1");

        test(view.publicUrl).setValue("https://News.Example.org/");
        test(view.save).click();
        assertThat(settings.identity().publicUrl()).isEqualTo("https://news.example.org");
        assertThat(settings.adoptPublicUrl("http://evil.example"))
                .as("a later request's address changes nothing")
                .isEqualTo("https://news.example.org");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void badValuesAreShownAtTheirFieldAndNothingIsSaved() {
        SettingsView view = navigate(SettingsView.class);
        String before = settings.identity().cookiePolicyUrl();
        test(view.cookiePolicy).setValue("javascript:alert(1)");
        test(view.save).click();
        assertThat(view.cookiePolicy.isInvalid()).isTrue();
        assertThat(view.cookiePolicy.getValue()).isEqualTo("javascript:alert(1)");
        assertThat(settings.identity().cookiePolicyUrl()).isEqualTo(before);

        test(view.cookiePolicy).setValue("/page/cookie-policy");
        view.pageSize.setValue(1000); // the field refuses this in a browser; the service must too
        test(view.save).click();
        assertThat(view.pageSize.isInvalid()).isTrue();
        assertThat(settings.identity().pageSize()).isNotEqualTo(1000);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theTwoStepRuleIsSavedWithTheOtherSettingsAndNotWhenTheyAreRefused() {
        SettingsView view = navigate(SettingsView.class);
        assertThat(view.twoFactorRequired.getValue()).isFalse();

        test(view.twoFactorRequired).click();
        view.pageSize.setValue(1000);
        test(view.save).click();
        assertThat(twoFactor.requiredForEditors())
                .as("a refused save changes nothing")
                .isFalse();

        test(view.pageSize).setValue(20);
        test(view.save).click();
        assertThat(twoFactor.requiredForEditors()).isTrue();

        test(view.twoFactorRequired).click();
        test(view.save).click();
        assertThat(twoFactor.requiredForEditors()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminRebuildsTheSearchIndexAndSeesItWhole() throws Exception {
        SettingsView view = navigate(SettingsView.class);
        assertThat(view.searchIndex.state.getText()).contains("articles are in the index");

        test(view.searchIndex.rebuild).click();
        for (int i = 0; i < 200 && index.status().rebuilding(); i++) {
            Thread.sleep(100);
        }
        view.searchIndex.refresh();

        IndexStatus status = index.status();
        assertThat(status.documents()).isEqualTo(status.articles());
        assertThat(view.searchIndex.state.getText())
                .contains(status.documents() + " of " + status.articles() + " articles are in the index")
                .contains("Last rebuilt");
        assertThat(view.searchIndex.rebuild.isEnabled()).isTrue();
    }
}

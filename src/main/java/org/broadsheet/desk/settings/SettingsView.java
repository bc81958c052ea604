package org.broadsheet.desk.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.TwoFactorService;
import org.broadsheet.search.service.SearchIndexService;
import org.broadsheet.site.service.SettingsChanges;
import org.broadsheet.site.service.SettingsLimits;
import org.broadsheet.site.service.SiteSettingsService;

/**
 * Site name, tagline, cookie notice, time zone and page size, applied to the public site at once;
 * and whether editors and admins must use two-step login.
 */
@Route("settings")
@PageTitle("Settings · Broadsheet desk")
@Menu(title = "Settings", order = 30, icon = "vaadin:cog")
@RolesAllowed(Role.Names.ADMIN)
public class SettingsView extends Main {

    final TextField siteName = new TextField("Site name");
    final TextField tagline = new TextField("Tagline");
    final TextArea cookieNotice = new TextArea("Cookie notice");
    final TextField cookiePolicy = new TextField("Cookie policy page");
    final ComboBox<String> timezone = new ComboBox<>("Time zone");
    final IntegerField pageSize = new IntegerField("Articles per page");
    final TextField publicUrl = new TextField("Public address");
    final Checkbox twoFactorRequired = new Checkbox("Require two-step login for editors and admins");
    final Button save = new Button("Save settings");

    private final SiteSettingsService settings;
    private final TwoFactorService twoFactor;

    final SearchIndexPanel searchIndex;

    final SitePicturesPanel pictures;

    SettingsView(
            SiteSettingsService settings,
            TwoFactorService twoFactor,
            SearchIndexService index,
            MediaService media,
            MediaLimits limits) {
        this.settings = settings;
        this.twoFactor = twoFactor;
        addClassName("desk-view");
        siteName.setMaxLength(SettingsLimits.SITE_NAME_MAX_LENGTH);
        tagline.setMaxLength(SettingsLimits.TAGLINE_MAX_LENGTH);
        cookieNotice.setMaxLength(SettingsLimits.COOKIE_NOTICE_MAX_LENGTH);
        cookiePolicy.setMaxLength(SettingsLimits.URL_MAX_LENGTH);
        cookiePolicy.setHelperText("A page of this site, e.g. /page/cookie-policy, or an https address");
        timezone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timezone.setHelperText("Dates on the site and schedule times in the desk use it");
        pageSize.setMin(SettingsLimits.PAGE_SIZE_MIN);
        pageSize.setMax(SettingsLimits.PAGE_SIZE_MAX);
        pageSize.setStepButtonsVisible(true);
        publicUrl.setMaxLength(SettingsLimits.PUBLIC_URL_MAX_LENGTH);
        publicUrl.setPlaceholder("https://news.example.org");
        if (settings.publicUrlConfigured()) {
            publicUrl.setReadOnly(true);
            publicUrl.setHelperText("Set by the configuration (broadsheet.site-url)");
        } else {
            publicUrl.setHelperText("Where readers reach the site: canonical links, feeds and sitemaps start with it");
        }

        SettingsChanges now = settings.current();
        siteName.setValue(now.siteName());
        tagline.setValue(now.tagline() == null ? "" : now.tagline());
        cookieNotice.setValue(now.cookieNoticeText());
        cookiePolicy.setValue(now.cookiePolicyUrl());
        timezone.setValue(now.timezone());
        pageSize.setValue(now.pageSize());
        publicUrl.setValue(now.publicUrl() == null ? "" : now.publicUrl());
        twoFactorRequired.setValue(twoFactor.requiredForEditors());
        twoFactorRequired.setHelperText("Those without it are sent to their profile to set it up at their next click");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(siteName, tagline, cookieNotice, cookiePolicy, timezone, pageSize, publicUrl);
        form.setColspan(cookieNotice, 2);
        searchIndex = new SearchIndexPanel(index, settings.identity().zone());
        pictures = new SitePicturesPanel(settings, new PictureLibrary(media, limits, settings));
        add(new H2("Settings"), form, new H3("Logins"), twoFactorRequired, save, pictures, searchIndex);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of(
                "siteName",
                siteName,
                "tagline",
                tagline,
                "cookieNoticeText",
                cookieNotice,
                "cookiePolicyUrl",
                cookiePolicy,
                "timezone",
                timezone,
                "pageSize",
                pageSize,
                "publicUrl",
                publicUrl);
        try {
            settings.update(new SettingsChanges(
                    siteName.getValue(),
                    tagline.getValue(),
                    cookieNotice.getValue(),
                    cookiePolicy.getValue(),
                    timezone.getValue() == null ? "" : timezone.getValue(),
                    pageSize.getValue() == null ? 0 : pageSize.getValue(),
                    publicUrl.getValue()));
            twoFactor.requireForEditors(twoFactorRequired.getValue());
            fields.values().forEach(field -> field.setInvalid(false));
            DeskFeedback.done("Settings saved; the site shows them now");
        } catch (DomainException error) {
            FieldErrors.show(error, fields);
        }
    }
}

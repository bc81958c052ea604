package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.TestPictures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** An admin gives the site a logo and an icon from the library; every page and /favicon.ico show them. */
@BroadsheetWebTest
class SitePicturesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    MediaService media;

    @AfterEach
    void theDefaultsAgain() {
        SystemActor.run(() -> settings.setPictures(null, null));
    }

    @Test
    void theLogoReplacesTheNameInTypeAndTheIconReplacesTheDrawnOne() throws Exception {
        MediaView logo = picture("masthead.png", 600, 150, "The paper's masthead");
        MediaView icon = picture("icon.png", 256, 256, "Icon");
        assertThat(page("/").select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");

        Acting.as("admin", "ADMIN", () -> {
            settings.setPictures(logo.id(), icon.id());
            return null;
        });

        Document home = page("/");
        assertThat(home.select("header .site-name img.site-logo").attr("alt"))
                .as("the logo stands for the site's name")
                .isEqualTo(settings.identity().siteName());
        assertThat(home.select("header .site-name img.site-logo").attr("src")).startsWith("/media/" + logo.id() + "/");
        assertThat(home.select("link[rel=icon]").attr("href")).startsWith("/media/" + icon.id() + "/");
        HttpResponse<String> favicon = SiteClient.get(port, "/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(302);
        assertThat(favicon.headers().firstValue("Location").orElseThrow()).startsWith("/media/" + icon.id() + "/");
        assertThatThrownBy(() -> Acting.as("admin", "ADMIN", () -> {
                    media.delete(logo.id());
                    return null;
                }))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("the site's logo");

        Acting.as("admin", "ADMIN", () -> {
            settings.setPictures(null, null);
            return null;
        });
        assertThat(page("/").select("img.site-logo")).isEmpty();
        assertThat(SiteClient.get(port, "/favicon.ico").statusCode()).isEqualTo(200);
    }

    @Test
    void anUndescribedLogoIsRefusedAndOnlyAdminsChooseThem() throws Exception {
        MediaView undescribed = SystemActor.call(() -> media.upload("plain.png", TestPictures.png(300, 100, false)));
        assertThatThrownBy(() -> Acting.as("admin", "ADMIN", () -> {
                    settings.setPictures(undescribed.id(), null);
                    return null;
                }))
                .isInstanceOf(DomainException.ValidationFailed.class);
        assertThat(settings.identity().logo()).isNull();
        assertThatThrownBy(() -> Acting.as("ana", "EDITOR", () -> {
                    settings.setPictures(null, null);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    private MediaView picture(String name, int width, int height, String description) {
        return SystemActor.call(() -> {
            MediaView uploaded = media.upload(name, TestPictures.png(width, height, false));
            return media.describe(uploaded.id(), new MediaDetails(description, false, null, null, 0.5f, 0.5f));
        });
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(SiteClient.get(port, path).body());
    }
}

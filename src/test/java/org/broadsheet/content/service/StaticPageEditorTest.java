package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.broadsheet.base.DomainException;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** Editors write the site's static pages: saved with revisions, moved with a redirect, published or not. */
@BroadsheetWebTest
class StaticPageEditorTest {

    @LocalServerPort
    int port;

    @Autowired
    StaticPageEditor pages;

    @Test
    void anEditorWritesAPagePublishesItMovesItsAddressAndTheOldOneRedirects() throws Exception {
        StaticPageEditor.Editable draft = Acting.as(
                "ana",
                "EDITOR",
                () -> pages.create(
                        new StaticPageEditor.Draft(
                                "Join us", "join-us", "<p>Volunteer on Saturdays.</p><script>alert(1)</script>"),
                        false));
        assertThat(get("/page/join-us").statusCode()).as("not published yet").isEqualTo(404);
        assertThat(draft.body()).doesNotContain("script");

        StaticPageEditor.Editable published =
                Acting.as("ana", "EDITOR", () -> pages.setPublished(draft.id(), draft.version(), true));
        assertThat(get("/page/join-us").body()).contains("Volunteer on Saturdays.");

        StaticPageEditor.Editable moved = Acting.as(
                "ana",
                "EDITOR",
                () -> pages.save(
                        published.id(),
                        published.version(),
                        new StaticPageEditor.Draft("Volunteer with us", "volunteer", "<p>Saturdays and Sundays.</p>")));
        HttpResponse<String> old = get("/page/join-us");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/page/volunteer");
        assertThat(get("/page/volunteer").body()).contains("Saturdays and Sundays.");
        assertThat(Acting.as("ana", "EDITOR", () -> pages.revisions(moved.id())))
                .hasSize(2)
                .first()
                .satisfies(r -> assertThat(r.title()).isEqualTo("Volunteer with us"));
        StaticPageEditor.Draft first = Acting.as(
                "ana",
                "EDITOR",
                () -> pages.revision(pages.revisions(moved.id()).getLast().id()));
        assertThat(first.title()).isEqualTo("Join us");

        Acting.as("ana", "EDITOR", () -> {
            pages.moveToTrash(moved.id());
            return null;
        });
        assertThat(get("/page/volunteer").statusCode()).isEqualTo(404);
        assertThat(Acting.as("ana", "EDITOR", () -> pages.binned()))
                .extracting(StaticPageEditor.Row::id)
                .contains(moved.id());
        Acting.as("ana", "EDITOR", () -> {
            pages.restore(moved.id());
            return null;
        });
        assertThat(get("/page/volunteer").statusCode()).isEqualTo(200);
    }

    @Test
    void badPagesAreRefusedAtTheirFieldAndAStaleSaveIsAConflict() throws Exception {
        StaticPageEditor.Editable about = Acting.as(
                "ana", "EDITOR", () -> pages.create(new StaticPageEditor.Draft("Donate", "donate", "<p>x</p>"), true));
        assertRefused(about, new StaticPageEditor.Draft("  ", "donate", "<p>x</p>"), "title");
        assertRefused(about, new StaticPageEditor.Draft("Donate", "Not A Slug", "<p>x</p>"), "slug");
        assertRefused(about, new StaticPageEditor.Draft("Donate", "cookie-policy", "<p>x</p>"), "slug");
        assertThat(Acting.as("ana", "EDITOR", () -> pages.open(about.id())))
                .usingRecursiveComparison()
                .ignoringFields("updatedAt")
                .isEqualTo(about);

        StaticPageEditor.Editable saved = Acting.as(
                "ana",
                "EDITOR",
                () -> pages.save(
                        about.id(), about.version(), new StaticPageEditor.Draft("Donate", "donate", "<p>New.</p>")));
        assertThat(saved.version()).isGreaterThan(about.version());
        assertThatThrownBy(() -> Acting.as(
                        "luis",
                        "EDITOR",
                        () -> pages.save(
                                about.id(),
                                about.version(),
                                new StaticPageEditor.Draft("Donate", "donate", "<p>Older.</p>"))))
                .isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> Acting.as("tom", "AUTHOR", () -> pages.list()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(StaticPageEditor.Editable page, StaticPageEditor.Draft bad, String field) {
        assertThatThrownBy(() -> Acting.as("ana", "EDITOR", () -> pages.save(page.id(), page.version(), bad)))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .satisfies(e -> assertThat(((DomainException.ValidationFailed) e).field())
                        .isEqualTo(field));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return SiteClient.get(port, path);
    }
}

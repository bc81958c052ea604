package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A draft shared through a private link reads as it will look, for anyone holding the link, until it stops working. */
@BroadsheetWebTest
class DraftSharesTest {

    @LocalServerPort
    int port;

    @Autowired
    DraftShares shares;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleTrash trash;

    @Autowired
    SectionService sections;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnonymousReaderOpensTheSharedDraftUntilTheLinkIsRevoked() throws Exception {
        EditableArticle draft = draft("Embargoed: the budget leak", "embargoed-budget-leak");
        DraftShares.Created made = Acting.as("ana", "EDITOR", () -> shares.create(draft.id()));
        assertThat(made.path()).startsWith("/preview/").hasSize("/preview/".length() + 43);
        assertThat(jdbc.queryForObject(
                        "select count(*) from draft_share where token_hash like ?",
                        Long.class,
                        "%" + made.path().substring(9) + "%"))
                .as("the secret itself is not stored")
                .isZero();

        HttpResponse<String> response = get(made.path());
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Embargoed: the budget leak");
        assertThat(page.select(".preview-notice").text()).contains("private preview");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store", "private");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(get(draft.url()).statusCode())
                .as("the draft itself stays unpublished")
                .isEqualTo(404);

        long id = Acting.as("ana", "EDITOR", () -> shares.of(draft.id()))
                .getFirst()
                .id();
        Acting.as("ana", "EDITOR", () -> {
            shares.revoke(id);
            return null;
        });
        HttpResponse<String> revoked = get(made.path());
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).contains("This preview link does not work").doesNotContain("budget leak");
        assertThat(Acting.as("ana", "EDITOR", () -> shares.of(draft.id())))
                .singleElement()
                .satisfies(link -> assertThat(link.works()).isFalse());
    }

    @Test
    void aLinkStopsWorkingAfterSevenDaysOrWhenTheArticleIsBinnedAndMadeUpLinksNeverWork() throws Exception {
        EditableArticle draft = draft("A draft for a source to check", "a-draft-for-a-source");
        DraftShares.Created made = Acting.as("ana", "EDITOR", () -> shares.create(draft.id()));
        assertThat(made.link().expiresAt()).isEqualTo(made.link().createdAt().plus(DraftShares.LIFETIME));
        assertThat(get(made.path()).statusCode()).isEqualTo(200);

        jdbc.update(
                "update draft_share set expires_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                made.link().id());
        assertThat(get(made.path()).statusCode()).isEqualTo(404);

        DraftShares.Created another = Acting.as("ana", "EDITOR", () -> shares.create(draft.id()));
        SystemActor.run(() -> trash.moveToTrash(draft.id()));
        assertThat(get(another.path()).statusCode()).isEqualTo(404);

        for (String madeUp : List.of("/preview/x", "/preview/" + "A".repeat(43), "/preview/" + "%00".repeat(20))) {
            assertThat(get(madeUp).statusCode()).as(madeUp).isIn(400, 404);
        }
    }

    @Test
    void authorsDoNotShareDrafts() throws Exception {
        EditableArticle draft = draft("An author's draft", "an-authors-draft");
        assertThatThrownBy(() -> Acting.as("tom", "AUTHOR", () -> shares.create(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private EditableArticle draft(String title, String slug) {
        return SystemActor.call(() -> editor.create(
                Drafts.of(title, slug, null, "<p>Text.</p>", bolivia(), List.of(), Set.of()), Workflow.SAVE, null));
    }

    private long bolivia() {
        return Drafts.sectionAt(sections, "americas/bolivia");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return SiteClient.get(port, path);
    }
}

package org.broadsheet.desk.overview;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.signals.Signal;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.ArticleNotes;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.desk.DeskUser;
import org.broadsheet.desk.live.DeskActivity;
import org.broadsheet.desk.live.EditingPresence;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.broadsheet.site.service.SiteSettingsService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The desk's front page: how many articles stand where, my drafts, the review queue, the
 * schedule (in the site's time zone), what was published last, and who is on the desk editing
 * what. It follows changes made anywhere, without reloading.
 */
@Route("")
@PageTitle("Overview · Broadsheet desk")
@Menu(title = "Overview", order = 0, icon = "vaadin:dashboard")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.EDITOR, Role.Names.ADMIN})
public class OverviewView extends Main {

    private static final int SHOWN = 6;

    final Div counts = new Div();
    final ArticleShortList myDrafts;
    final SentBackList sentBack;
    final ArticleShortList reviewQueue;
    final ArticleShortList schedule;
    final ArticleShortList recentlyPublished;
    final UnorderedList online = new UnorderedList();
    private final ArticleService articles;
    private final ArticleNotes notes;
    private final @Nullable Long myAuthorId;

    OverviewView(
            ArticleService articles,
            ArticleNotes notes,
            AuthorService authors,
            SiteSettingsService settings,
            DeskActivity activity,
            EditingPresence presence,
            DeskUser user) {
        this.articles = articles;
        this.notes = notes;
        this.myAuthorId = authors.ofCurrentUser().map(Byline::id).orElse(null);
        ZoneId zone = settings.identity().zone();
        addClassName("desk-view");
        addClassName("overview");
        counts.addClassName("status-counts");
        myDrafts = new ArticleShortList(
                "My drafts",
                myAuthorId == null
                        ? "Your account has no byline profile, so no drafts are yours."
                        : "No drafts of yours.",
                zone,
                DeskArticleRow::updatedAt);
        sentBack = new SentBackList(zone);
        sentBack.setVisible(myAuthorId != null);
        reviewQueue = new ArticleShortList(
                "Waiting for review", "Nothing waits for review.", zone, DeskArticleRow::updatedAt);
        schedule = new ArticleShortList(
                "Scheduled (" + zone.getId() + ")", "Nothing is scheduled.", zone, DeskArticleRow::scheduledAt);
        recentlyPublished =
                new ArticleShortList("Recently published", "Nothing published yet.", zone, DeskArticleRow::publishedAt);
        Section onDesk = new Section(new H3("On the desk now"), online);
        onDesk.addClassName("overview-card");
        onDesk.addClassName("online");
        Div cards = new Div(sentBack, myDrafts, reviewQueue, schedule, recentlyPublished, onDesk);
        cards.addClassName("overview-cards");
        add(new H2("Overview"), counts, cards);
        Signal.effect(this, () -> {
            activity.articleChanges().get();
            refreshArticles();
        });
        Signal.effect(this, () -> {
            presence.changes().get();
            showOnline(presence.online());
        });
    }

    private void refreshArticles() {
        counts.removeAll();
        for (Map.Entry<ArticleStatus, Long> count : articles.countByStatus().entrySet()) {
            Div card = new Div(
                    new Span(String.valueOf(count.getValue())),
                    new Span(count.getKey().label()));
            card.addClassName("status-count");
            card.getElement().setAttribute("data-status", count.getKey().name());
            counts.add(card);
        }
        myDrafts.show(
                myAuthorId == null
                        ? List.of()
                        : list(
                                new DeskFilter(ArticleStatus.DRAFT, null, myAuthorId, null),
                                Sort.Direction.DESC,
                                "updatedAt"));
        if (myAuthorId != null) {
            sentBack.show(notes.sentBackTo(myAuthorId, SHOWN));
        }
        reviewQueue.show(
                list(new DeskFilter(ArticleStatus.IN_REVIEW, null, null, null), Sort.Direction.ASC, "updatedAt"));
        schedule.show(
                list(new DeskFilter(ArticleStatus.SCHEDULED, null, null, null), Sort.Direction.ASC, "scheduledAt"));
        recentlyPublished.show(
                list(new DeskFilter(ArticleStatus.PUBLISHED, null, null, null), Sort.Direction.DESC, "publishedAt"));
    }

    private List<DeskArticleRow> list(DeskFilter filter, Sort.Direction direction, String property) {
        return articles.deskList(filter, PageRequest.of(0, SHOWN, Sort.by(direction, property)))
                .getContent();
    }

    private void showOnline(List<EditingPresence.Visit> visits) {
        online.removeAll();
        for (EditingPresence.Visit visit : visits) {
            online.add(new ListItem(visit.displayName()
                    + (visit.articleTitle() == null ? "" : " — editing “" + visit.articleTitle() + "”")));
        }
    }
}

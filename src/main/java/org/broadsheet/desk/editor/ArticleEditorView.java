package org.broadsheet.desk.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.signals.Signal;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleRevisions;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleStatus;
import org.broadsheet.content.service.ArticleTrash;
import org.broadsheet.content.service.AutosavedText;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.RevisionText;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.content.service.WorkingCopies;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.DeskUser;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.desk.live.DeskActivity;
import org.broadsheet.desk.live.EditingPresence;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Role;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.TagService;
import org.jspecify.annotations.Nullable;

/**
 * Writing and editing one article: the form beside a live preview rendered by the site's own
 * page components, the workflow buttons, the revisions, autosave to the server every few seconds
 * while there are changes, and a conflict dialog when someone else saved in between. Nothing the
 * user typed is lost: not on a refused save, not on a conflict, not on a closed tab.
 */
@Route("articles/:articleId")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.EDITOR, Role.Names.ADMIN})
public class ArticleEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String NEW = "articles/new";
    static final String PARAMETER = "articleId";
    static final int AUTOSAVE_MILLIS = 5000;

    final H2 heading = new H2();
    final Span othersEditing = new Span();
    final Span savedElsewhere = new Span("Saved elsewhere since you opened it: saving will show both versions");
    final ArticleForm form;
    final WorkflowBar workflow;
    final ArticlePreview preview = new ArticlePreview();
    final RevisionsPanel revisionsPanel;
    final AutosaveBanner autosaveBanner;
    final Anchor publicLink = new Anchor();
    private final ArticleEditor editor;
    private final ArticleRevisions revisions;
    private final ArticleTrash trash;
    private final WorkingCopies workingCopies;
    private final EditingPresence presence;
    private final DeskActivity activity;
    private final UserAccountService accounts;
    private final DeskUser user;
    private final SiteIdentity site;
    private final SectionService sections;
    private final UnsavedChangesGuard unsavedGuard = new UnsavedChangesGuard(this);
    private @Nullable EditableArticle current;
    private ArticleDraft saved;
    private @Nullable ArticleDraft autosaved;
    private boolean mayEdit = true;
    private long noticedVersion = -1;
    private boolean leaving;
    private @Nullable Registration poll;

    ArticleEditorView(
            ArticleEditor editor,
            ArticleRevisions revisions,
            ArticleTrash trash,
            WorkingCopies workingCopies,
            ArticleService articles,
            SectionService sections,
            AuthorService authors,
            TagService tags,
            SiteSettingsService settings,
            EditingPresence presence,
            DeskActivity activity,
            DeskUser user,
            UserAccountService accounts) {
        this.editor = editor;
        this.revisions = revisions;
        this.trash = trash;
        this.workingCopies = workingCopies;
        this.presence = presence;
        this.activity = activity;
        this.accounts = accounts;
        this.user = user;
        this.sections = sections;
        this.site = settings.identity();
        ZoneId zone = site.zone();
        this.saved = ArticleDraft.empty(List.of());
        addClassName("desk-view");
        addClassName("article-editor");
        form = new ArticleForm(sections.tree(), authors.all(), tags, articles);
        workflow = new WorkflowBar(user.isEditor(), zone, this::takeStep, this::confirmTrash);
        revisionsPanel = new RevisionsPanel(
                revisions,
                zone,
                () -> readable(form.draft()),
                () -> current != null && mayEdit && !isDirty(),
                this::restore);
        autosaveBanner = new AutosaveBanner(zone, new AutosaveBanner.Choice() {
            @Override
            public void restore(AutosavedText text) {
                form.read(form.draft().withText(text.title(), text.slug(), text.standfirst(), text.body()));
                changed();
            }

            @Override
            public void discard() {
                workingCopies.discard(articleId());
                autosaved = null;
            }
        });
        othersEditing.addClassName("others-editing");
        othersEditing.getElement().setAttribute("aria-live", "polite");
        publicLink.setTarget("_blank");
        publicLink.addClassName("public-link");
        Anchor back = new Anchor("articles", "← Articles");
        savedElsewhere.addClassName("saved-elsewhere");
        savedElsewhere.setVisible(false);
        Div header = new Div(back, heading, othersEditing, savedElsewhere, publicLink);
        header.addClassName("editor-header");
        TabSheet side = new TabSheet();
        side.add("Preview", preview);
        side.add("Revisions", revisionsPanel);
        side.setSizeFull();
        SplitLayout split = new SplitLayout(form, side);
        split.setSplitterPosition(50);
        split.setSizeFull();
        add(header, autosaveBanner, workflow, split);
        setSizeFull();
        form.onChange(this::changed);
    }

    /** The route parameters of an article's editor. */
    public static RouteParameters parameters(long articleId) {
        return new RouteParameters(PARAMETER, Long.toString(articleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(PARAMETER).orElse("new");
        try {
            if ("new".equals(parameter)) {
                current = null;
                mayEdit = true;
                loaded(null, editor.blank());
            } else {
                long id = Long.parseLong(parameter);
                EditableArticle article = editor.open(id);
                mayEdit = editor.mayEdit(id) && !article.inTrash();
                loaded(article, article.draft());
            }
        } catch (NumberFormatException | DomainException.NotFound e) {
            Notification.show("There is no article " + parameter, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            event.forwardTo("articles");
            return;
        }
        offerAutosave();
        if (isAttached()) {
            announceEditing(event.getUI());
        }
    }

    /** Tells the other desks which article this tab has open (a new one counts as none yet). */
    private void announceEditing(UI ui) {
        Long id = articleId();
        if (id == null) {
            presence.stopEditing(EditingPresence.tab(ui));
        } else {
            presence.arrive(EditingPresence.tab(ui), user.username(), user.displayName(), id, saved.title());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty() || leaving) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog ask = new ConfirmDialog(
                "Leave without saving?",
                "Your changes are not saved. They stay in the autosave, and this article offers them back "
                        + "when you return.",
                "Leave",
                e -> {
                    autosave();
                    leaving = true;
                    action.proceed();
                });
        ask.setCancelable(true);
        ask.setCancelText("Stay");
        ask.addClassName("leave-dialog");
        ask.open();
    }

    @Override
    public String getPageTitle() {
        return (current == null ? "New article" : "Edit: " + saved.title()) + " · Broadsheet desk";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        announceEditing(ui);
        ui.setPollInterval(AUTOSAVE_MILLIS);
        poll = ui.addPollListener(e -> autosave());
        Signal.effect(this, () -> {
            presence.changes().get();
            showOthersEditing();
        });
        Signal.effect(this, () -> {
            activity.articleChanges().get();
            followSavesElsewhere();
        });
    }

    /**
     * Someone else (or the schedule) saved the article: an untouched form shows the new version at
     * once; a form with changes keeps them, and the next save brings up the conflict dialog.
     */
    private void followSavesElsewhere() {
        EditableArticle shown = current;
        if (shown == null) {
            return;
        }
        try {
            EditableArticle stored = editor.open(shown.id());
            if (stored.version() == shown.version() || stored.version() == noticedVersion) {
                return;
            }
            if (isDirty()) {
                noticedVersion = stored.version();
                savedElsewhere.setVisible(true);
            } else {
                loaded(stored, stored.draft());
            }
        } catch (DomainException.NotFound e) {
            error("This article has been deleted");
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
        presence.stopEditing(EditingPresence.tab(event.getUI()));
    }

    /** Keeps the form's text on the server when it differs from what is saved and from the last autosave. */
    void autosave() {
        ArticleDraft draft = form.draft();
        if (!mayEdit || !isDirty() || draft.equals(autosaved)) {
            return;
        }
        try {
            workingCopies.keep(articleId(), current == null ? 0 : current.version(), draft);
            autosaved = draft;
        } catch (DomainException e) {
            // the form says what is wrong at the next save; an autosave never interrupts typing
        }
    }

    boolean isDirty() {
        return !form.draft().equals(saved);
    }

    private void takeStep(Workflow step, @Nullable Instant scheduleAt) {
        if (!form.validate()) {
            error("Check the marked fields");
            return;
        }
        ArticleDraft draft = form.draft();
        Long idBefore = articleId();
        try {
            EditableArticle result = current == null
                    ? editor.create(draft, step, scheduleAt)
                    : editor.save(current.id(), current.version(), draft, step, scheduleAt);
            workingCopies.discard(idBefore);
            if (idBefore == null) {
                getUI().ifPresent(ui ->
                        ui.getPage().getHistory().replaceState(null, new Location("articles/" + result.id())));
            }
            loaded(result, result.draft());
            getUI().ifPresent(this::announceEditing);
            DeskFeedback.done(
                    switch (step) {
                        case SAVE -> "Saved";
                        case SUBMIT -> "Submitted for review";
                        case PUBLISH -> "Published";
                        case SCHEDULE -> "Scheduled";
                        case UNPUBLISH -> "Unpublished";
                        case ARCHIVE -> "Archived";
                    });
        } catch (DomainException.Conflict e) {
            if (current == null) {
                error(e.getMessage());
            } else {
                conflict(step, scheduleAt);
            }
        } catch (DomainException e) {
            FieldErrors.show(e, form.fieldsByName());
        }
    }

    private void conflict(Workflow step, @Nullable Instant scheduleAt) {
        autosave();
        long id = java.util.Objects.requireNonNull(current).id();
        EditableArticle theirs = editor.open(id);
        String who = revisions.of(id).stream()
                .findFirst()
                .map(r -> accounts.displayName(r.createdBy()).orElse(r.createdBy()))
                .orElse("Someone");
        new ConflictDialog(
                        who,
                        readable(theirs.draft()),
                        readable(form.draft()),
                        () -> {
                            current = theirs;
                            takeStep(step, scheduleAt);
                        },
                        () -> takeTheirs(theirs),
                        () -> takeTheirs(theirs))
                .open();
    }

    private void takeTheirs(EditableArticle theirs) {
        loaded(theirs, theirs.draft());
        offerAutosave();
    }

    private void restore(RevisionText revision) {
        try {
            EditableArticle result = revisions.restore(
                    revision.id(), java.util.Objects.requireNonNull(current).version());
            loaded(result, result.draft());
            DeskFeedback.done("Revision restored as a new revision");
        } catch (DomainException.Conflict e) {
            error("Someone saved the article meanwhile; reopen it to restore");
        } catch (DomainException e) {
            error(e.getMessage());
        }
    }

    private void confirmTrash() {
        EditableArticle article = current;
        if (article == null) {
            return;
        }
        ConfirmDialog ask = new ConfirmDialog(
                "Move to trash?",
                "“" + saved.title() + "” leaves the site and the lists. It can be restored from the trash.",
                "Move to trash",
                e -> {
                    trash.moveToTrash(article.id());
                    workingCopies.discard(article.id());
                    leaving = true;
                    DeskFeedback.done("Moved to the trash");
                    UI.getCurrent().navigate("articles");
                });
        ask.setConfirmButtonTheme("error primary");
        ask.setCancelable(true);
        ask.open();
    }

    /** Shows an article as stored (or a new one's blank form) and counts it as saved. */
    private void loaded(@Nullable EditableArticle article, ArticleDraft draft) {
        current = article;
        savedElsewhere.setVisible(false);
        saved = draft;
        autosaved = null;
        form.read(draft);
        form.setEditable(mayEdit);
        saved = form.draft();
        heading.setText(article == null ? "New article" : saved.title());
        workflow.show(
                article == null ? ArticleStatus.DRAFT : article.status(),
                article == null ? null : article.scheduledAt(),
                article != null,
                mayEdit);
        publicLink.setVisible(article != null && article.status() == ArticleStatus.PUBLISHED && !article.inTrash());
        if (article != null) {
            publicLink.setHref(article.url());
            publicLink.setText("View on site ↗");
            revisionsPanel.show(article.id());
        }
        changed();
    }

    private void offerAutosave() {
        Optional<AutosavedText> text = mayEdit ? workingCopies.mine(articleId()) : Optional.empty();
        text.filter(t -> !saved.withText(t.title(), t.slug(), t.standfirst(), t.body())
                        .equals(saved))
                .ifPresentOrElse(
                        t -> autosaveBanner.offer(t, current != null && t.baseVersion() < current.version()),
                        () -> autosaveBanner.setVisible(false));
    }

    private void changed() {
        ArticleDraft draft = form.draft();
        preview.show(editor.preview(articleId(), draft), site, sections.tree());
        unsavedGuard.set(isDirty());
    }

    private void showOthersEditing() {
        Long id = articleId();
        List<String> others = id == null ? List.of() : presence.othersEditing(id, user.username());
        othersEditing.setVisible(!others.isEmpty());
        othersEditing.setText(
                others.isEmpty()
                        ? ""
                        : String.join(", ", others) + (others.size() == 1 ? " is" : " are") + " editing this article");
    }

    private @Nullable Long articleId() {
        return current == null ? null : current.id();
    }

    private static String readable(ArticleDraft draft) {
        return WordDiff.readable(draft.title(), draft.standfirst(), draft.body());
    }

    private static void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

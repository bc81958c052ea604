package org.broadsheet.desk.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Main;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.ArticleCorrections;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleNotes;
import org.broadsheet.content.service.ArticleRevisions;
import org.broadsheet.content.service.ArticleTrash;
import org.broadsheet.content.service.AutosavedText;
import org.broadsheet.content.service.DraftShares;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.PublishedArticle;
import org.broadsheet.content.service.RevisionText;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.content.service.WorkingCopies;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.DeskUser;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.people.Role;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.taxonomy.service.SectionService;
import org.jspecify.annotations.Nullable;

/**
 * Writing and editing one article: the form beside a live preview rendered by the site's own
 * page components, the workflow buttons, the revisions, the autosave ({@link EditorAutosave}),
 * who else is editing ({@link EditingTogether}), and a conflict dialog when someone else saved in
 * between. Nothing the user typed is lost: not on a refused save, not on a conflict, not on a
 * closed tab.
 */
@Route("articles/:articleId")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.EDITOR, Role.Names.ADMIN})
public class ArticleEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String NEW = "articles/new";
    static final String PARAMETER = "articleId";

    final EditorHeader header = new EditorHeader();
    final ArticleForm form;
    final WorkflowBar workflow;
    final ArticlePreview preview = new ArticlePreview();
    final SearchAndSocialPreview searchAndSocial = new SearchAndSocialPreview();
    final RevisionsPanel revisionsPanel;
    final NotesPanel notesPanel;
    final CorrectionsPanel correctionsPanel;
    final SharePanel sharePanel;
    final EditorAutosave autosave;
    private final ArticleEditor editor;
    private final ArticleRevisions revisions;
    private final ArticleTrash trash;
    private final EditingTogether together;
    private final SiteIdentity site;
    private final SectionService sections;
    private final UnsavedChangesGuard unsavedGuard = new UnsavedChangesGuard(this);
    private @Nullable EditableArticle current;
    private ArticleDraft saved = ArticleDraft.empty(List.of());
    private boolean mayEdit = true;
    private long noticedVersion = -1;
    private boolean leaving;
    private final boolean editorRole;

    ArticleEditorView(
            ArticleEditor editor,
            ArticleRevisions revisions,
            ArticleTrash trash,
            WorkingCopies workingCopies,
            ArticleForm form,
            SectionService sections,
            SiteSettingsService settings,
            EditingTogether together,
            OpenEditors openEditors,
            ArticleNotes notes,
            ArticleCorrections corrections,
            DraftShares shares,
            DeskUser user) {
        this.editor = editor;
        this.revisions = revisions;
        this.trash = trash;
        this.together = together;
        this.sections = sections;
        this.site = settings.identity();
        ZoneId zone = site.zone();
        addClassName("desk-view");
        addClassName("article-editor");
        this.form = form;
        editorRole = user.isEditor();
        workflow = new WorkflowBar(editorRole, zone, this::takeStep, this::confirmTrash);
        revisionsPanel = new RevisionsPanel(
                revisions,
                zone,
                () -> readable(form.draft()),
                () -> current != null && mayEdit && !isDirty(),
                this::restore);
        autosave = new EditorAutosave(workingCopies, openEditors, zone, this::restoreAutosaved);
        TabSheet side = new TabSheet();
        side.add("Preview", preview);
        side.add("Search & social", searchAndSocial);
        side.add("Revisions", revisionsPanel);
        notesPanel = new NotesPanel(notes, zone);
        side.add("Notes", notesPanel);
        correctionsPanel = new CorrectionsPanel(corrections, zone);
        side.add("Corrections", correctionsPanel);
        sharePanel = new SharePanel(shares, zone, site.publicUrl());
        if (editorRole) {
            side.add("Share", sharePanel);
        }
        side.setSizeFull();
        SplitLayout split = new SplitLayout(form, side);
        split.setSplitterPosition(50);
        split.setSizeFull();
        add(header, autosave.banner, workflow, split);
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
                mayEdit = true;
                loaded(null, editor.blank());
            } else {
                long id = Long.parseLong(parameter);
                EditableArticle article = editor.open(id);
                mayEdit = editor.mayEdit(id) && !article.inTrash();
                loaded(article, article.draft());
            }
        } catch (NumberFormatException | DomainException.NotFound e) {
            error("There is no article " + parameter);
            event.forwardTo("articles");
            return;
        }
        offerAutosave();
        if (isAttached()) {
            together.announce(event.getUI(), articleId(), saved.title());
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
        together.announce(event.getUI(), articleId(), saved.title());
        autosave.start(event.getUI(), this::autosave);
        together.follow(
                this, () -> header.showOthersEditing(together.othersEditing(articleId())), this::followSavesElsewhere);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        autosave.stop(event.getUI());
        together.leave(event.getUI());
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
                header.showSavedElsewhere();
            } else {
                loaded(stored, stored.draft());
            }
        } catch (DomainException.NotFound e) {
            error("This article has been deleted");
        }
    }

    /** Keeps the form's text on the server while it differs from what is saved. */
    void autosave() {
        if (mayEdit && isDirty()) {
            autosave.keep(articleId(), version(), form.draft());
        }
    }

    private void offerAutosave() {
        if (mayEdit) {
            autosave.offer(articleId(), version(), saved);
        } else {
            autosave.banner.setVisible(false);
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
        if (step == Workflow.SEND_BACK) {
            sendBack();
            return;
        }
        ArticleDraft draft = form.draft();
        Long idBefore = articleId();
        try {
            EditableArticle result = current == null
                    ? editor.create(draft, step, scheduleAt)
                    : editor.save(current.id(), current.version(), draft, step, scheduleAt);
            autosave.discardFor(idBefore);
            if (idBefore == null) {
                getUI().ifPresent(ui ->
                        ui.getPage().getHistory().replaceState(null, new Location("articles/" + result.id())));
            }
            loaded(result, result.draft());
            getUI().ifPresent(ui -> together.announce(ui, result.id(), saved.title()));
            DeskFeedback.done(
                    switch (step) {
                        case SAVE -> "Saved";
                        case SUBMIT -> "Submitted for review";
                        case PUBLISH -> "Published";
                        case SCHEDULE -> "Scheduled";
                        case UNPUBLISH -> "Unpublished";
                        case EXPIRE -> result.unpublishAt() == null ? "Stays on the site" : "Set to leave the site";
                        case ARCHIVE -> "Archived";
                        case SEND_BACK -> "Sent back to the author";
                    });
        } catch (DomainException.Conflict e) {
            if (current == null) {
                error(e.getMessage());
            } else {
                conflict(step, scheduleAt);
            }
        } catch (DomainException e) {
            java.util.Map<String, com.vaadin.flow.component.HasValidation> fields =
                    new java.util.HashMap<>(form.fieldsByName());
            fields.put("scheduleAt", workflow.scheduleAt);
            fields.put("unpublishAt", workflow.unpublishAt);
            FieldErrors.show(e, fields);
        }
    }

    /** Asks what the author should change, then saves the form and returns the draft with that note. */
    private void sendBack() {
        EditableArticle article = Objects.requireNonNull(current);
        new SendBackDialog(dialog -> {
                    try {
                        EditableArticle result =
                                editor.sendBack(article.id(), article.version(), form.draft(), dialog.note.getValue());
                        dialog.close();
                        autosave.discardFor(article.id());
                        loaded(result, result.draft());
                        DeskFeedback.done("Sent back to the author");
                    } catch (DomainException.ValidationFailed e) {
                        if ("note".equals(e.field())) {
                            dialog.refused(e.getMessage());
                        } else {
                            dialog.close();
                            FieldErrors.show(e, form.fieldsByName());
                        }
                    } catch (DomainException e) {
                        dialog.close();
                        error(e.getMessage());
                    }
                })
                .open();
    }

    private void conflict(Workflow step, @Nullable Instant scheduleAt) {
        autosave();
        long id = Objects.requireNonNull(current).id();
        EditableArticle theirs = editor.open(id);
        new ConflictDialog(
                        revisions.lastSavedBy(id),
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

    private void restoreAutosaved(AutosavedText text) {
        form.read(form.draft().withText(text.title(), text.slug(), text.standfirst(), text.body()));
        changed();
    }

    private void restore(RevisionText revision) {
        try {
            EditableArticle result = revisions.restore(
                    revision.id(), Objects.requireNonNull(current).version());
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
                    autosave.discardFor(article.id());
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
        autosave.reset();
        form.read(draft);
        form.setEditable(mayEdit);
        saved = form.draft();
        header.show(article, saved.title());
        workflow.show(
                article == null ? ArticleStatus.DRAFT : article.status(),
                article == null ? null : article.scheduledAt(),
                article == null ? null : article.unpublishAt(),
                article != null,
                mayEdit);
        if (article != null) {
            revisionsPanel.show(article.id());
        }
        notesPanel.show(article == null ? null : article.id(), mayEdit);
        sharePanel.show(article == null || !editorRole ? null : article.id());
        correctionsPanel.show(
                article == null ? null : article.id(),
                article == null ? ArticleStatus.DRAFT : article.status(),
                editorRole && mayEdit);
        changed();
    }

    private void changed() {
        Optional<PublishedArticle> story = editor.preview(articleId(), form.draft());
        preview.show(story, site, sections.tree());
        searchAndSocial.show(story, site);
        unsavedGuard.set(isDirty());
    }

    private @Nullable Long articleId() {
        return current == null ? null : current.id();
    }

    private long version() {
        return current == null ? 0 : current.version();
    }

    private static String readable(ArticleDraft draft) {
        return WordDiff.readable(draft.title(), draft.standfirst(), draft.body());
    }

    private static void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

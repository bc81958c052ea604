package org.broadsheet.desk.pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.HtmlSanitizer;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.StaticPageEditor;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.desk.editor.body.ArticleBodyField;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.people.Role;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.site.ui.Consent;
import org.broadsheet.site.ui.PageMeta;
import org.broadsheet.site.ui.SiteFrame;
import org.broadsheet.site.ui.SitePage;
import org.broadsheet.site.ui.StaticPageStory;
import org.broadsheet.taxonomy.service.SectionService;
import org.jspecify.annotations.Nullable;

/**
 * One static page: title, address and the same body editor as articles, with a live preview drawn
 * by the site's components, its revisions to load back, publish or unpublish, and the trash. A
 * refused save keeps the form as typed.
 */
@Route("pages/:pageId")
@PageTitle("Page · Broadsheet desk")
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
public class PageEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver {

    private static final String PARAMETER = "pageId";

    final TextField title = new TextField("Title");
    final TextField slug = new TextField("Address");
    final ArticleBodyField body;
    final Button save = new Button("Save");
    final Button publish = new Button("Publish");
    final Button unpublish = new Button("Unpublish");
    final Button trash = new Button("Move to trash");
    final Span status = new Span();
    final IFrame preview = new IFrame();
    final Grid<StaticPageEditor.Saved> revisions = new Grid<>();
    private final StaticPageEditor pages;
    private final SectionService sections;
    private final SiteIdentity site;
    private StaticPageEditor.@Nullable Editable current;
    private StaticPageEditor.Draft saved = new StaticPageEditor.Draft("", "", "");
    private boolean slugTouched;
    private boolean leaving;

    PageEditorView(
            StaticPageEditor pages,
            ArticleService articles,
            SectionService sections,
            SiteSettingsService settings,
            MediaService media,
            MediaLimits limits) {
        this.pages = pages;
        this.sections = sections;
        this.site = settings.identity();
        this.body = new ArticleBodyField(articles, new PictureLibrary(media, limits, settings));
        addClassName("desk-view");
        addClassName("page-editor");
        title.setWidthFull();
        title.setRequired(true);
        title.setMaxLength(org.broadsheet.content.service.ArticleLimits.TITLE_MAX_LENGTH);
        title.addValueChangeListener(e -> {
            if (!slugTouched && current == null) {
                slug.setValue(Slugs.slugify(e.getValue()));
            }
            changed();
        });
        slug.setWidthFull();
        slug.setPrefixComponent(new Span("/page/"));
        slug.setHelperText("Changing it leaves the old address leading here");
        slug.addValueChangeListener(e -> {
            slugTouched |= e.isFromClient();
            changed();
        });
        body.addValueChangeListener(e -> changed());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(false));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> save(true));
        unpublish.addClickListener(e -> setPublished(false));
        trash.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        trash.addClickListener(e -> confirmTrash());
        status.addClassName("article-status");
        HorizontalLayout bar = new HorizontalLayout(status, save, publish, unpublish, trash);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(bar, title, slug, body);
        preview.setTitle("Preview of the page as readers see it");
        preview.getElement().setAttribute("sandbox", "allow-same-origin");
        preview.addClassName("article-preview-frame");
        revisions.addColumn(r -> DeskFeedback.dateTime(r.savedAt(), zone())).setHeader("Saved");
        revisions.addColumn(StaticPageEditor.Saved::savedBy).setHeader("By");
        revisions
                .addComponentColumn(r -> {
                    Button load = new Button("Load", e -> load(r));
                    load.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    load.setAriaLabel("Load the words saved " + r.savedAt());
                    return load;
                })
                .setKey("load")
                .setAutoWidth(true)
                .setFlexGrow(0);
        TabSheet side = new TabSheet();
        side.add("Preview", preview);
        side.add("Revisions", revisions);
        side.setSizeFull();
        SplitLayout split = new SplitLayout(form, side);
        split.setSplitterPosition(50);
        split.setSizeFull();
        add(split);
        setSizeFull();
    }

    /** The route parameters of a page's editor; null: a new page. */
    public static RouteParameters parameters(@Nullable Long pageId) {
        return new RouteParameters(PARAMETER, pageId == null ? "new" : Long.toString(pageId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(PARAMETER).orElse("new");
        try {
            if ("new".equals(parameter)) {
                loaded(null);
            } else {
                loaded(pages.open(Long.parseLong(parameter)));
            }
        } catch (NumberFormatException | DomainException.NotFound e) {
            DeskFeedback.refused("There is no such page");
            event.forwardTo(PagesView.class);
        }
    }

    private void loaded(StaticPageEditor.@Nullable Editable page) {
        current = page;
        slugTouched = page != null;
        title.setValue(page == null ? "" : page.title());
        slug.setValue(page == null ? "" : page.slug());
        body.setValue(page == null ? "" : page.body());
        saved = draft();
        boolean published = page != null && page.published();
        status.setText(page == null ? "New page" : published ? "Published" : "Not published");
        publish.setVisible(!published);
        unpublish.setVisible(published);
        trash.setVisible(page != null);
        revisions.setItems(page == null ? java.util.List.of() : pages.revisions(page.id()));
        changed();
    }

    private StaticPageEditor.Draft draft() {
        return new StaticPageEditor.Draft(title.getValue(), slug.getValue(), bodyValue());
    }

    /** The body as typed; nothing before the form is first filled. */
    private String bodyValue() {
        return java.util.Objects.requireNonNullElse(body.getValue(), "");
    }

    boolean isDirty() {
        return !draft().equals(saved);
    }

    private void changed() {
        StaticPageStory page = new StaticPageStory(title.getValue(), HtmlSanitizer.articleBody(bodyValue()));
        preview.setSrcdoc(SitePage.render(
                new SiteFrame(site, sections.tree(), Consent.ACCEPTED, "/page/" + slug.getValue()),
                PageMeta.website(title.getValue(), null, null),
                page));
    }

    private void save(boolean andPublish) {
        try {
            StaticPageEditor.Editable result;
            if (current == null) {
                result = pages.create(draft(), andPublish);
                String address = "pages/" + result.id();
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
            } else {
                result = pages.save(current.id(), current.version(), draft());
                if (andPublish && !result.published()) {
                    result = pages.setPublished(result.id(), result.version(), true);
                }
            }
            loaded(result);
            DeskFeedback.done(andPublish ? "Published " + result.url() : "Saved");
        } catch (DomainException e) {
            FieldErrors.show(e, Map.of("title", title, "slug", slug, "body", body));
        }
    }

    private void setPublished(boolean published) {
        StaticPageEditor.Editable page = java.util.Objects.requireNonNull(current);
        try {
            loaded(pages.setPublished(page.id(), page.version(), published));
            DeskFeedback.done(published ? "Published" : "Unpublished: readers no longer see it");
        } catch (DomainException e) {
            FieldErrors.show(e, Map.of());
        }
    }

    private void load(StaticPageEditor.Saved revision) {
        StaticPageEditor.Draft words = pages.revision(revision.id());
        title.setValue(words.title());
        slug.setValue(words.slug());
        body.setValue(words.body());
        DeskFeedback.done(
                "Loaded the words saved " + DeskFeedback.dateTime(revision.savedAt(), zone()) + "; save to keep them");
    }

    private void confirmTrash() {
        StaticPageEditor.Editable page = java.util.Objects.requireNonNull(current);
        ConfirmDialog ask = new ConfirmDialog(
                "Move “" + page.title() + "” to the trash?",
                "Readers will no longer find it. It can be restored from the list of pages.",
                "Move to trash",
                e -> {
                    pages.moveToTrash(page.id());
                    leaving = true;
                    DeskFeedback.done("Moved to the trash");
                    getUI().ifPresent(ui -> ui.navigate(PagesView.class));
                });
        ask.setCancelable(true);
        ask.open();
    }

    private ZoneId zone() {
        return site.zone();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty() || leaving) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog ask =
                new ConfirmDialog("Leave without saving?", "Your changes to this page are not saved.", "Leave", e -> {
                    leaving = true;
                    action.proceed();
                });
        ask.setCancelable(true);
        ask.setCancelText("Stay");
        ask.open();
    }
}

package org.broadsheet.desk.front;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.FrontPick;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.content.service.FrontService;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.desk.sections.SectionLabels;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.people.Role;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * What leads the home page and each section: stories found by headline, ordered by dragging or
 * with up and down, each with an optional headline and picture for the front only; published now
 * or at a set time, with a preview of the page as readers will see it.
 */
@Route("front")
@PageTitle("Front page · Broadsheet desk")
@Menu(title = "Front page", order = 1.5, icon = "vaadin:home")
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
public class FrontView extends Main implements BeforeLeaveObserver {

    static final int CANDIDATES = 20;

    final Select<SectionSummary> front = new Select<>();
    final ComboBox<ArticleTeaser> find = new ComboBox<>("Find a published story");
    final Button add = new Button("Add to the front", VaadinIcon.PLUS.create());
    final FrontPlaces places;
    final Button publish = new Button("Publish front");
    final DateTimePicker scheduleAt = new DateTimePicker("Or publish this arrangement at");
    final Button schedule = new Button("Schedule");
    final Button cancelSchedule = new Button("Cancel the scheduled change");
    final Button discard = new Button("Discard changes");
    final Paragraph status = new Paragraph();
    final FrontPreview preview = new FrontPreview();

    private final FrontService fronts;
    private final ArticleService articles;
    private final SectionService sections;
    private final SiteSettingsService settings;
    private final PictureLibrary library;
    private FrontService.Plan plan;
    private boolean dirty;
    private boolean reverting;

    FrontView(
            FrontService fronts,
            ArticleService articles,
            SectionService sections,
            SiteSettingsService settings,
            MediaService media,
            MediaLimits limits) {
        this.fronts = fronts;
        this.articles = articles;
        this.sections = sections;
        this.settings = settings;
        this.library = new PictureLibrary(media, limits, settings);
        this.places = new FrontPlaces(this::arranged, this::edit);
        addClassName("desk-view");
        addClassName("front-view");

        SectionTree tree = sections.tree();
        front.setLabel("Front");
        front.setItems(tree.flattened());
        front.setEmptySelectionAllowed(true);
        front.setEmptySelectionCaption("Home page");
        front.setItemLabelGenerator(section ->
                section == null ? "Home page" : SectionLabels.trails(tree).apply(section));
        front.addValueChangeListener(e -> {
            if (reverting) {
                return;
            }
            if (e.isFromClient() && dirty) {
                askBeforeSwitching(e.getOldValue());
            } else {
                load();
            }
        });

        find.setItems(query -> fronts.candidates(sectionId(), query.getFilter().orElse(""), query.getLimit()).stream()
                .skip(query.getOffset()));
        find.setItemLabelGenerator(t -> t.title() + " · " + t.section().name());
        find.setWidth("28rem");
        find.addClassName("front-find");
        find.setPlaceholder("Type words of a headline");
        add.addClickListener(e -> addFound());

        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> save(() -> fronts.publish(sectionId(), plan.version(), picks()), "Published"));
        schedule.addClickListener(e -> scheduleArrangement());
        cancelSchedule.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancelSchedule.addClickListener(
                e -> save(() -> fronts.cancelSchedule(sectionId(), plan.version()), "Scheduled change cancelled"));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> load());
        scheduleAt.setStep(java.time.Duration.ofMinutes(15));

        HorizontalLayout finding = new HorizontalLayout(find, add);
        finding.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(publish, discard, scheduleAt, schedule, cancelSchedule);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        status.addClassName("front-status");
        Div arranging = new Div(finding, places, actions, status);
        arranging.addClassName("front-arranging");
        Div showing = new Div(new H3("Preview"), preview);
        showing.addClassName("front-showing");
        HorizontalLayout header = new HorizontalLayout(new H2("Front page"), front);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, arranging, showing);
        this.plan = fronts.open(null);
        load();
    }

    private @Nullable Long sectionId() {
        SectionSummary section = front.getValue();
        return section == null ? null : section.id();
    }

    /** Shows the front as it is saved, dropping what was arranged here and not published. */
    private void load() {
        plan = fronts.open(sectionId());
        places.show(plan.now().stream()
                .map(p -> new FrontPlace(p.pick(), p.title(), p.url(), p.shown()))
                .toList());
        find.setLabel(sectionId() == null ? "Find a published story" : "Find a published story in " + plan.name());
        find.clear();
        find.setInvalid(false);
        setDirty(false);
        showStatus();
        showPreview();
    }

    private void arranged() {
        setDirty(true);
        add.setEnabled(places.places().size() < plan.places());
        showPreview();
    }

    private void setDirty(boolean dirty) {
        this.dirty = dirty;
        discard.setEnabled(dirty);
        add.setEnabled(places.places().size() < plan.places());
    }

    private List<FrontPick> picks() {
        return places.places().stream().map(FrontPlace::pick).toList();
    }

    private void addFound() {
        ArticleTeaser story = find.getValue();
        if (story == null) {
            find.setErrorMessage("Choose a story first");
            find.setInvalid(true);
            return;
        }
        if (places.places().stream().anyMatch(p -> p.pick().articleId() == story.id())) {
            find.setErrorMessage("“" + story.title() + "” is on this front already");
            find.setInvalid(true);
            return;
        }
        if (places.places().size() >= plan.places()) {
            find.setErrorMessage("This front has " + plan.places() + (plan.places() == 1 ? " place" : " places")
                    + "; remove a story first");
            find.setInvalid(true);
            return;
        }
        find.setInvalid(false);
        places.add(new FrontPlace(FrontPick.of(story.id()), story.title(), story.url(), true));
        find.clear();
    }

    private void edit(FrontPlace place) {
        new FrontPlaceDialog(place, library, updated -> places.replace(place, updated)).open();
    }

    private void scheduleArrangement() {
        LocalDateTime local = scheduleAt.getValue();
        if (local == null) {
            scheduleAt.setErrorMessage("Choose the time the arrangement goes on the site");
            scheduleAt.setInvalid(true);
            return;
        }
        Instant at = local.atZone(zone()).toInstant();
        save(() -> fronts.schedule(sectionId(), plan.version(), picks(), at), "Scheduled");
    }

    /** Saves through the service; on a refusal the arrangement stays on screen as it was. */
    private void save(java.util.function.Supplier<FrontService.Plan> change, String done) {
        try {
            plan = change.get();
            scheduleAt.setInvalid(false);
            scheduleAt.clear();
            find.setInvalid(false);
            load();
            DeskFeedback.done(done + ": " + plan.name());
        } catch (DomainException e) {
            FieldErrors.show(e, Map.of("scheduledAt", scheduleAt, "stories", find));
        }
    }

    private void showStatus() {
        StringBuilder text = new StringBuilder();
        if (plan.updatedAt() == null) {
            text.append("Nobody has arranged this front yet: it shows the latest articles.");
        } else {
            text.append("Last changed by ")
                    .append(plan.updatedBy())
                    .append(", ")
                    .append(DeskFeedback.dateTime(plan.updatedAt(), zone()))
                    .append('.');
        }
        Instant at = plan.scheduledAt();
        if (at != null) {
            text.append(" Scheduled for ")
                    .append(DeskFeedback.dateTime(at, zone()))
                    .append(": ")
                    .append(
                            plan.scheduled().isEmpty()
                                    ? "the latest articles only"
                                    : String.join(
                                            ", ",
                                            plan.scheduled().stream()
                                                    .map(p -> "“" + p.title() + "”")
                                                    .toList()))
                    .append('.');
        }
        status.setText(text.toString());
        cancelSchedule.setVisible(at != null);
    }

    private void showPreview() {
        SiteIdentity site = settings.identity();
        SectionTree tree = sections.tree();
        SectionSummary section = front.getValue();
        List<ArticleTeaser> placed =
                fronts.preview(sectionId(), picks(), section == null ? FrontService.HOME_PLACES + 2 : 1);
        if (section == null) {
            preview.showHome(placed, site, tree);
        } else {
            preview.showSection(
                    section,
                    placed.isEmpty() ? null : placed.getFirst(),
                    articles.latestInSection(section.id(), PageRequest.of(0, site.pageSize())),
                    site,
                    tree);
        }
    }

    private java.time.ZoneId zone() {
        return settings.identity().zone();
    }

    private void askBeforeSwitching(@Nullable SectionSummary previous) {
        ConfirmDialog ask = new ConfirmDialog(
                "Discard this arrangement?",
                "The stories you arranged on " + plan.name() + " are not published.",
                "Discard",
                e -> load());
        ask.setCancelable(true);
        ask.setCancelText("Keep arranging");
        ask.addCancelListener(e -> {
            reverting = true;
            front.setValue(previous);
            reverting = false;
        });
        ask.open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog ask = new ConfirmDialog(
                "Leave without publishing?",
                "The stories you arranged on " + plan.name() + " are not published and will be lost.",
                "Leave",
                e -> {
                    dirty = false;
                    action.proceed();
                });
        ask.setCancelable(true);
        ask.setCancelText("Stay");
        ask.open();
    }
}

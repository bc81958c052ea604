package org.broadsheet.desk.editor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.desk.DeskFeedback;
import org.jspecify.annotations.Nullable;

/**
 * The editor's workflow buttons, shown as the user's role and the article's status allow: save
 * (Ctrl+S) for everyone, review requests for authors, publishing, scheduling, unpublishing and
 * archiving for editors, and the time a published article leaves the site. Times are chosen in
 * the site's time zone, which is shown.
 */
class WorkflowBar extends HorizontalLayout {

    final Span status = new Span();
    final Map<Workflow, Button> buttons = new EnumMap<>(Workflow.class);
    final DateTimePicker scheduleAt = new DateTimePicker();
    final DateTimePicker unpublishAt = new DateTimePicker();
    final Button trash = new Button("Move to trash");
    private final boolean editor;
    private final ZoneId zone;

    WorkflowBar(boolean editor, ZoneId zone, BiConsumer<Workflow, @Nullable Instant> onStep, Runnable onTrash) {
        this.editor = editor;
        this.zone = zone;
        addClassName("workflow-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        status.addClassName("article-status");
        add(status);
        for (Workflow step : Workflow.values()) {
            Button button = new Button(step == Workflow.SAVE ? "Save" : step.label());
            button.addClassName("step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            if (step == Workflow.SCHEDULE) {
                add(scheduleAt);
            }
            if (step == Workflow.EXPIRE) {
                add(unpublishAt);
            }
            button.addClickListener(e -> onStep.accept(
                    step,
                    switch (step) {
                        case SCHEDULE -> instant(scheduleAt);
                        case EXPIRE -> instant(unpublishAt);
                        default -> null;
                    }));
            buttons.put(step, button);
            add(button);
        }
        button(Workflow.SAVE).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(Workflow.SAVE).addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        button(Workflow.SAVE).setTooltipText("Ctrl+S");
        button(Workflow.PUBLISH).addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        scheduleAt.setLabel("Publish at (" + zone.getId() + ")");
        scheduleAt.setStep(java.time.Duration.ofMinutes(1));
        scheduleAt.addClassName("schedule-at");
        unpublishAt.setLabel("Leaves the site at (" + zone.getId() + ")");
        unpublishAt.setHelperText("Empty: stays on the site");
        unpublishAt.setStep(java.time.Duration.ofMinutes(1));
        unpublishAt.addClassName("unpublish-at");
        trash.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        trash.addClickListener(e -> onTrash.run());
        add(trash);
    }

    /** Shows the buttons that apply to an article in this status; a new article cannot be binned yet. */
    void show(
            ArticleStatus current,
            @Nullable Instant scheduledAt,
            @Nullable Instant leavesAt,
            boolean exists,
            boolean mayEdit) {
        String when = scheduledAt == null ? "" : " for " + shown(scheduledAt);
        String until = leavesAt == null ? "" : ", leaves the site " + shown(leavesAt);
        status.setText(exists ? current.label() + when + until : "");
        status.setVisible(exists);
        status.getElement().setAttribute("data-status", current.name());
        buttons.forEach((step, button) -> button.setVisible(mayEdit
                && (editor || !step.editorsOnly())
                && (step == Workflow.SAVE || step.appliesTo(current))
                && (exists || step != Workflow.ARCHIVE)));
        scheduleAt.setVisible(button(Workflow.SCHEDULE).isVisible());
        if (scheduledAt != null) {
            scheduleAt.setValue(LocalDateTime.ofInstant(scheduledAt, zone));
        }
        unpublishAt.setVisible(button(Workflow.EXPIRE).isVisible());
        unpublishAt.setValue(leavesAt == null ? null : LocalDateTime.ofInstant(leavesAt, zone));
        trash.setVisible(exists && mayEdit);
    }

    private @Nullable Instant instant(DateTimePicker picker) {
        LocalDateTime local = picker.getValue();
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private String shown(Instant at) {
        return DeskFeedback.dateTime(at, zone) + " (" + zone.getId() + ")";
    }

    /** Every step has its button from the start. */
    Button button(Workflow step) {
        return java.util.Objects.requireNonNull(buttons.get(step));
    }
}

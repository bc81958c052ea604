package org.broadsheet.desk.media;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import tools.jackson.databind.JsonNode;

/**
 * One picture's details: its text alternative (or that it is decorative), caption and credit, the
 * focal point every crop keeps in view (set by clicking on the picture), where it is used, and a
 * new file for it that keeps its id and uses.
 */
class MediaDetailsPanel extends Composite<VerticalLayout> {

    static final int PREVIEW_WIDTH = 320;

    final TextArea description = new TextArea("Description (alt text)");
    final Checkbox decorative = new Checkbox("Decorative: adds nothing a description should say");
    final TextField caption = new TextField("Caption");
    final TextField credit = new TextField("Credit");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    final Div focalMark = new Div();
    final Image preview = new Image();
    final Div usedIn = new Div();
    final MediaUpload replace;

    private final Map<String, HasValidation> fields;
    private MediaView picture;
    private float focalX;
    private float focalY;

    MediaDetailsPanel(
            MediaService media, long maxUploadBytes, MediaView picture, Consumer<MediaView> saved, Runnable deleted) {
        this.picture = picture;
        description.setMaxLength(MediaDetails.DESCRIPTION_MAX_LENGTH);
        description.addClassName("media-description");
        description.setHelperText("What the picture shows, for readers who cannot see it");
        caption.setMaxLength(MediaDetails.CAPTION_MAX_LENGTH);
        credit.setMaxLength(MediaDetails.CREDIT_MAX_LENGTH);
        fields = Map.of("description", description, "caption", caption, "credit", credit);
        description.setWidthFull();
        caption.setWidthFull();
        credit.setWidthFull();
        decorative.addValueChangeListener(e -> description.setEnabled(!e.getValue()));

        preview.setWidth(PREVIEW_WIDTH + "px");
        preview.addClassName("media-preview");
        preview.getElement()
                .addEventListener("click", click -> {
                    JsonNode at = click.getEventData();
                    double width = at.path("element.clientWidth").asDouble(PREVIEW_WIDTH);
                    double height = at.path("element.clientHeight").asDouble(1);
                    moveFocalMark(clampUnit((float) (at.path("event.offsetX").asDouble() / width)), clampUnit((float)
                            (at.path("event.offsetY").asDouble() / Math.max(1, height))));
                })
                .addEventData("event.offsetX")
                .addEventData("event.offsetY")
                .addEventData("element.clientWidth")
                .addEventData("element.clientHeight");
        focalMark.addClassName("media-focal-mark");
        Div stage = new Div(preview, focalMark);
        stage.addClassName("media-stage");
        Paragraph focalHint = new Paragraph("Click on the picture to set the point every crop keeps in view.");
        focalHint.addClassName("field-hint");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                this.picture = media.describe(this.picture.id(), details());
                show(this.picture);
                fields.values().forEach(field -> field.setInvalid(false));
                DeskFeedback.done("Saved " + this.picture.fileName());
                saved.accept(this.picture);
            } catch (DomainException e1) {
                FieldErrors.show(e1, fields);
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> {
            try {
                media.delete(this.picture.id());
                DeskFeedback.done("Deleted " + this.picture.fileName());
                deleted.run();
            } catch (DomainException e1) {
                FieldErrors.show(e1, fields);
            }
        });
        replace = new MediaUpload(
                        media.limits(),
                        maxUploadBytes,
                        (name, file) -> media.replace(this.picture.id(), name, file),
                        replaced -> {
                            this.picture = replaced;
                            show(replaced);
                            DeskFeedback.done("Replaced the file of " + replaced.fileName()
                                    + ": every article showing it now shows the new one");
                            saved.accept(replaced);
                        })
                .single("Replace file…");
        usedIn.addClassName("media-used-in");
        showUses(media.usedBy(picture.id()));
        getContent()
                .add(
                        new H3(picture.fileName()),
                        stage,
                        focalHint,
                        description,
                        decorative,
                        caption,
                        credit,
                        new HorizontalLayout(save, delete),
                        usedIn,
                        replace);
        getContent().setPadding(false);
        show(picture);
    }

    private void show(MediaView shown) {
        description.setValue(shown.description() == null ? "" : shown.description());
        decorative.setValue(shown.decorative());
        caption.setValue(shown.caption() == null ? "" : shown.caption());
        credit.setValue(shown.credit() == null ? "" : shown.credit());
        MediaView.Variant variant = shown.variants().stream()
                .filter(v -> v.width() >= PREVIEW_WIDTH)
                .findFirst()
                .orElse(shown.largest());
        preview.setSrc(variant.webp());
        preview.setAlt(shown.description() == null ? "" : shown.description());
        preview.setHeight(Math.round((float) PREVIEW_WIDTH * shown.height() / shown.width()) + "px");
        moveFocalMark(shown.focalX(), shown.focalY());
    }

    private void showUses(List<String> places) {
        usedIn.removeAll();
        if (places.isEmpty()) {
            usedIn.add(new Paragraph("Not used anywhere yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        places.forEach(place -> list.add(new ListItem(place)));
        usedIn.add(new Paragraph("Used in:"), list);
    }

    private void moveFocalMark(float x, float y) {
        focalX = x;
        focalY = y;
        focalMark.getStyle().set("left", (x * 100) + "%").set("top", (y * 100) + "%");
        focalMark.getElement().setAttribute("title", "Focal point");
    }

    MediaDetails details() {
        return new MediaDetails(
                description.getValue(), decorative.getValue(), caption.getValue(), credit.getValue(), focalX, focalY);
    }

    private static float clampUnit(float value) {
        return Math.max(0f, Math.min(1f, value));
    }
}

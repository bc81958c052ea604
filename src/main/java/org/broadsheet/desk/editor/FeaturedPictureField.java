package org.broadsheet.desk.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.media.service.MediaView;
import org.jspecify.annotations.Nullable;

/**
 * The picture at the top of the article, chosen from the library (or uploaded there on the
 * spot): shown as a thumbnail with its description, changed or removed with one button each.
 */
class FeaturedPictureField extends CustomField<FeaturedImage> {

    final Button choose = new Button("Choose picture…");
    final Button remove = new Button("Remove");
    private final Image thumbnail = new Image();
    private final Span summary = new Span();
    private final PictureLibrary library;
    private @Nullable FeaturedImage current;

    FeaturedPictureField(PictureLibrary library) {
        this.library = library;
        setLabel("Featured picture");
        thumbnail.setWidth("96px");
        thumbnail.addClassName("media-thumbnail");
        choose.addClickListener(e -> library.choose(picked -> {
            current = FeaturedImage.of(picked);
            show();
            updateValue();
        }));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            current = null;
            show();
            updateValue();
        });
        HorizontalLayout row = new HorizontalLayout(thumbnail, summary, choose, remove);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setFlexGrow(1, summary);
        row.setWidthFull();
        add(row);
        show();
    }

    @Override
    protected @Nullable FeaturedImage generateModelValue() {
        return current;
    }

    @Override
    protected void setPresentationValue(@Nullable FeaturedImage value) {
        current = value;
        show();
    }

    private void show() {
        MediaView picture = current == null || current.mediaId() == null
                ? null
                : library.find(current.mediaId()).orElse(null);
        thumbnail.setVisible(picture != null);
        remove.setVisible(current != null);
        if (picture != null) {
            thumbnail.setSrc(picture.variants().getFirst().webp());
            thumbnail.setAlt("");
            thumbnail.setHeight(Math.round(96f * picture.height() / picture.width()) + "px");
            summary.setText(picture.fileName() + (picture.description() == null ? "" : ": " + picture.description()));
        } else if (current != null) {
            summary.setText("Picture at " + current.url());
        } else {
            summary.setText("None");
        }
        choose.setText(current == null ? "Choose picture…" : "Change…");
    }
}

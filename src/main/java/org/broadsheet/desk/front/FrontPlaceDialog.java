package org.broadsheet.desk.front;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.media.service.MediaView;
import org.jspecify.annotations.Nullable;

/** The headline and picture a story shows on this front only; empty means the article's own. */
class FrontPlaceDialog extends Dialog {

    static final int HEADLINE_MAX_LENGTH = 200;

    final TextField headline = new TextField("Headline on the front");
    final Button choose = new Button("Choose picture…");
    final Button useArticles = new Button("Use the article's picture");
    final Button save = new Button("Done");
    private final Image thumbnail = new Image();
    private final Span picture = new Span();
    private final PictureLibrary library;
    private @Nullable Long mediaId;

    FrontPlaceDialog(FrontPlace place, PictureLibrary library, Consumer<FrontPlace> done) {
        this.library = library;
        this.mediaId = place.pick().mediaId();
        setHeaderTitle("On the front: " + place.title());
        headline.setWidthFull();
        headline.setPlaceholder(place.title());
        headline.setHelperText("Leave empty to use the article's headline");
        headline.setValue(place.pick().headline() == null ? "" : place.pick().headline());
        headline.setClearButtonVisible(true);
        headline.addValueChangeListener(e -> checkLength());
        thumbnail.setWidth("96px");
        thumbnail.setAlt("");
        choose.addClickListener(e -> library.choose(picked -> {
            mediaId = picked.id();
            showPicture();
        }));
        useArticles.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useArticles.addClickListener(e -> {
            mediaId = null;
            showPicture();
        });
        HorizontalLayout pictureRow = new HorizontalLayout(thumbnail, picture, choose, useArticles);
        pictureRow.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new VerticalLayout(headline, pictureRow));
        setWidth("min(40rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (checkLength()) {
                String text = headline.getValue().strip();
                done.accept(place.withFrontOnly(text.isEmpty() ? null : text, mediaId));
                close();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        showPicture();
    }

    private boolean checkLength() {
        int length = headline.getValue().strip().length();
        headline.setInvalid(length > HEADLINE_MAX_LENGTH);
        headline.setErrorMessage(
                "Keep the front's headline under " + HEADLINE_MAX_LENGTH + " characters (it has " + length + ")");
        return length <= HEADLINE_MAX_LENGTH;
    }

    private void showPicture() {
        MediaView chosen = mediaId == null ? null : library.find(mediaId).orElse(null);
        thumbnail.setVisible(chosen != null);
        useArticles.setVisible(mediaId != null);
        if (chosen != null) {
            thumbnail.setSrc(chosen.variants().getFirst().webp());
            picture.setText(chosen.fileName());
        } else {
            picture.setText("The article's picture");
        }
    }
}

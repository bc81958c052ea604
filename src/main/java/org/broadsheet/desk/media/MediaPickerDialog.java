package org.broadsheet.desk.media;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.jspecify.annotations.Nullable;

/**
 * The library opened in place, from the article editor: find or upload a picture, describe it
 * if it has no description yet, and use it. A picture without words cannot be chosen.
 */
public class MediaPickerDialog extends Dialog {

    final MediaGrid grid;
    final MediaUpload upload;
    final Button use = new Button("Use this picture");
    final Paragraph why = new Paragraph();
    private final Div details = new Div();
    private final MediaService media;
    private final long maxUploadBytes;
    private @Nullable MediaView chosen;

    public MediaPickerDialog(MediaService media, long maxUploadBytes, ZoneId zone, Consumer<MediaView> picked) {
        this.media = media;
        this.maxUploadBytes = maxUploadBytes;
        setHeaderTitle("Choose a picture");
        setWidth("min(72rem, 96vw)");
        setHeight("90vh");
        grid = new MediaGrid(media, zone);
        upload = new MediaUpload(media.limits(), maxUploadBytes, media::upload, added -> {
            grid.getDataProvider().refreshAll();
            grid.select(added);
        });
        grid.asSingleSelect().addValueChangeListener(e -> choose(e.getValue()));
        details.addClassName("media-details");
        why.addClassName("field-hint");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        use.setEnabled(false);
        use.addClickListener(e -> {
            if (chosen != null && chosen.described()) {
                picked.accept(chosen);
                close();
            }
        });
        SplitLayout split = new SplitLayout(new VerticalLayout(grid.filters(), upload, grid), details);
        split.setSplitterPosition(60);
        split.setSizeFull();
        add(split);
        getFooter().add(why, new Button("Cancel", e -> close()), use);
    }

    private void choose(@Nullable MediaView picture) {
        chosen = picture;
        details.removeAll();
        if (picture != null) {
            details.add(new MediaDetailsPanel(
                    media,
                    maxUploadBytes,
                    picture,
                    saved -> {
                        grid.getDataProvider().refreshAll();
                        chosen = saved;
                        explain();
                    },
                    () -> {
                        details.removeAll();
                        chosen = null;
                        grid.getDataProvider().refreshAll();
                        explain();
                    }));
        }
        explain();
    }

    private void explain() {
        use.setEnabled(chosen != null && chosen.described());
        why.setText(
                chosen == null
                        ? "Pick a picture, or upload one."
                        : chosen.described()
                                ? ""
                                : "Describe it (or mark it decorative) and save before using it: readers who cannot"
                                        + " see it need the words.");
    }
}

package org.broadsheet.desk.media;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;

/**
 * Adds pictures to the library: several files at once, dropped or chosen, each with its own
 * progress bar and a cancel button (the Upload component's own). A refused file shows why next to
 * its name and leaves nothing behind.
 */
class MediaUpload extends Composite<Div> {

    final Upload upload = new Upload();

    MediaUpload(MediaService media, long maxBytes, Consumer<MediaView> uploaded) {
        upload.setDropAllowed(true);
        upload.setAcceptedMimeTypes("image/jpeg", "image/png", "image/webp", "image/gif");
        upload.setAcceptedFileExtensions(".jpg", ".jpeg", ".png", ".webp", ".gif");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setUploadHandler(handler(media, maxBytes, uploaded));
        Paragraph limits = new Paragraph(media.limits() + ". SVG is not accepted.");
        limits.addClassName("field-hint");
        getContent().add(upload, limits);
    }

    private static UploadHandler handler(MediaService media, long maxBytes, Consumer<MediaView> uploaded) {
        return event -> {
            UI ui = event.getUI();
            byte[] file;
            try (InputStream in = event.getInputStream()) {
                // one byte past the limit is enough to refuse it: never read an oversized body whole
                file = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            try {
                MediaView added = media.upload(event.getFileName(), file);
                ui.access(() -> uploaded.accept(added));
            } catch (DomainException e) {
                event.reject(e.getMessage());
            }
        };
    }
}

package org.broadsheet.desk.media;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.media.service.MediaView;

/**
 * The server half of every picture upload in the desk (the library's, a replacement file, a file
 * dropped into the body): reads at most one byte past the size limit, hands the file to the media
 * service, and refuses with the service's own sentence. The answers run in the desk's UI.
 */
public final class PictureUploadHandler {

    private PictureUploadHandler() {}

    /**
     * @param keep stores the file under its name (uploads, or replaces a picture's file)
     * @param kept told of the stored picture
     * @param refused told why a file was refused; the sender is told too
     */
    public static UploadHandler of(
            long maxBytes,
            BiFunction<String, byte[], MediaView> keep,
            Consumer<MediaView> kept,
            Consumer<String> refused) {
        return event -> {
            UI ui = event.getUI();
            byte[] file;
            try (InputStream in = event.getInputStream()) {
                // one byte past the limit is enough to refuse it: never read an oversized body whole
                file = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            try {
                MediaView stored = keep.apply(event.getFileName(), file);
                ui.access(() -> kept.accept(stored));
            } catch (DomainException e) {
                event.reject(e.getMessage());
                ui.access(() -> refused.accept(e.getMessage()));
            }
        };
    }
}

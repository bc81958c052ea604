package org.broadsheet.desk.media;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.broadsheet.media.service.MediaView;

/**
 * Adds pictures to the library, or a new file to one picture: dropped or chosen, each file with
 * its own progress bar and a cancel button (the Upload component's own). A refused file shows why
 * next to its name and leaves nothing behind.
 */
class MediaUpload extends Composite<Div> {

    final Upload upload = new Upload();

    MediaUpload(String limits, long maxBytes, BiFunction<String, byte[], MediaView> keep, Consumer<MediaView> kept) {
        upload.setDropAllowed(true);
        upload.setAcceptedMimeTypes("image/jpeg", "image/png", "image/webp", "image/gif");
        upload.setAcceptedFileExtensions(".jpg", ".jpeg", ".png", ".webp", ".gif");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        // the Upload shows the refusal next to the file's name
        upload.setUploadHandler(PictureUploadHandler.of(maxBytes, keep, kept, refused -> {}));
        Paragraph hint = new Paragraph(limits + ". SVG is not accepted.");
        hint.addClassName("field-hint");
        getContent().add(upload, hint);
    }

    /** A one-file upload, for putting a new file in a picture's place. */
    MediaUpload single(String buttonText) {
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(buttonText));
        upload.setDropLabel(new Span("or drop the new file here"));
        return this;
    }
}

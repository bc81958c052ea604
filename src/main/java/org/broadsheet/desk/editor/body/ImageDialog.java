package org.broadsheet.desk.editor.body;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.regex.Pattern;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.media.service.MediaView;
import org.jspecify.annotations.Nullable;

/**
 * An image in the body: its address, a description for people who cannot see it (required unless
 * the image is marked decorative), caption and credit.
 */
class ImageDialog extends BodyDialog {

    static final int MAX_ALT = 300;
    private static final Pattern ADDRESS = Pattern.compile("(https?://[^\\s\"<>]+|/[^\\s/\"<>][^\\s\"<>]*)");

    final TextField address = new TextField("Image address");
    final TextField alt = new TextField("Description (alt text)");
    final Checkbox decorative = new Checkbox("Decorative: it adds nothing the text does not say");
    final TextField caption = new TextField("Caption");
    final TextField credit = new TextField("Credit");
    private final BodyEditor editor;

    final Button fromLibrary = new Button("Choose from the library…");
    private final PictureLibrary library;
    /** A picture dropped into the text just now: the words given here are kept in the library too. */
    private @Nullable MediaView newPicture;

    ImageDialog(BodyEditor editor, BodyEditor.Request current, PictureLibrary library) {
        super(current.get("src").isEmpty() ? "Insert image" : "Edit image");
        this.editor = editor;
        this.library = library;
        address.setPlaceholder("https://… or /media/…");
        address.setWidthFull();
        alt.setHelperText("What the image shows, for people who cannot see it");
        alt.setMaxLength(MAX_ALT);
        credit.setPlaceholder("Photo: …");
        decorative.addValueChangeListener(e -> {
            alt.setEnabled(!e.getValue());
            alt.setInvalid(false);
        });
        address.setValue(current.get("src"));
        alt.setValue(current.get("alt"));
        decorative.setValue(!current.get("src").isEmpty() && current.get("alt").isEmpty());
        caption.setValue(current.get("caption"));
        credit.setValue(current.get("credit"));
        // a library picture brings its address and words; the body keeps them as typed text
        fromLibrary.addClickListener(e -> library.choose(this::fill));
        addToForm(fromLibrary, address, alt, decorative, caption, credit);
    }

    /** The dialog for a picture just dropped or pasted into the text, asking for its description. */
    static ImageDialog forNewPicture(BodyEditor editor, MediaView added, PictureLibrary library) {
        ImageDialog dialog = new ImageDialog(editor, BodyEditor.Request.empty(), library);
        dialog.setHeaderTitle("Describe the new picture");
        dialog.fill(added);
        dialog.newPicture = added;
        return dialog;
    }

    private void fill(MediaView picture) {
        newPicture = null;
        address.setValue(picture.largest().fallback());
        decorative.setValue(picture.decorative());
        alt.setValue(picture.description() == null ? "" : picture.description());
        caption.setValue(picture.caption() == null ? "" : picture.caption());
        credit.setValue(picture.credit() == null ? "" : picture.credit());
    }

    @Override
    protected boolean applied() {
        boolean addressOk = ADDRESS.matcher(address.getValue().strip()).matches();
        address.setErrorMessage("Use an address that starts with https:// (or / for an image on this site)");
        address.setInvalid(!addressOk);
        boolean altOk = decorative.getValue() || !alt.getValue().isBlank();
        alt.setErrorMessage("Describe the image, or mark it decorative");
        alt.setInvalid(!altOk);
        if (!addressOk || !altOk) {
            return false;
        }
        if (newPicture != null
                && address.getValue().strip().equals(newPicture.largest().fallback())) {
            try {
                library.describe(
                        newPicture, alt.getValue(), decorative.getValue(), caption.getValue(), credit.getValue());
            } catch (DomainException e) {
                alt.setErrorMessage(e.getMessage());
                alt.setInvalid(true);
                return false;
            }
        }
        editor.setImage(
                address.getValue().strip(),
                decorative.getValue() ? "" : alt.getValue().strip(),
                caption.getValue().strip(),
                credit.getValue().strip());
        return true;
    }
}

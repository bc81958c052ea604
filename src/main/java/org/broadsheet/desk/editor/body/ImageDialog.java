package org.broadsheet.desk.editor.body;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.regex.Pattern;
import org.broadsheet.desk.media.PictureLibrary;

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

    ImageDialog(BodyEditor editor, BodyEditor.Request current, PictureLibrary library) {
        super(current.get("src").isEmpty() ? "Insert image" : "Edit image");
        this.editor = editor;
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
        fromLibrary.addClickListener(e -> library.choose(picked -> {
            address.setValue(picked.largest().fallback());
            decorative.setValue(picked.decorative());
            alt.setValue(picked.description() == null ? "" : picked.description());
            caption.setValue(picked.caption() == null ? "" : picked.caption());
            credit.setValue(picked.credit() == null ? "" : picked.credit());
        }));
        addToForm(fromLibrary, address, alt, decorative, caption, credit);
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
        editor.setImage(
                address.getValue().strip(),
                decorative.getValue() ? "" : alt.getValue().strip(),
                caption.getValue().strip(),
                credit.getValue().strip());
        return true;
    }
}

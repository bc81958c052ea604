package org.broadsheet.desk.editor.body;

import com.vaadin.flow.component.customfield.CustomField;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.media.PictureLibrary;

/**
 * The article body: a word-processor-like editor whose value is the stored HTML (the subset of
 * {@link org.broadsheet.base.HtmlSanitizer}; footnotes as the site renders them, which
 * {@link FootnoteMarkup} converts both ways), with the label, required and read-only states and
 * error message of any form field, so a form binds it like the others. Links, images and embeds are
 * chosen in this field's dialogs.
 */
public class ArticleBodyField extends CustomField<String> {

    private final BodyEditor editor = new BodyEditor();
    /** The stored HTML last shown and what the editor was given for it: untouched, the stored bytes come back. */
    private String stored = "";

    private String shown = "";

    public ArticleBodyField(ArticleService articles, PictureLibrary library) {
        setLabel("Body");
        editor.setPlaceholder("Write the story…");
        editor.setAccessibleName("Body");
        editor.addClassName("body-editor");
        editor.getElement().getStyle().set("width", "100%");
        editor.addValueChangeListener(e -> updateValue());
        editor.onRequest("link", request -> new LinkDialog(editor, request, articles).open());
        editor.onRequest("image", request -> new ImageDialog(editor, request, library).open());
        editor.onRequest("embed", request -> new EmbedDialog(editor, request).open());
        // a picture dropped or pasted into the text joins the library, then asks for its words
        editor.setUploadTarget(library.uploads(
                added -> ImageDialog.forNewPicture(editor, added, library).open(), DeskFeedback::refused));
        add(editor);
    }

    @Override
    protected String generateModelValue() {
        String edited = editor.getValue();
        return edited.equals(shown) ? stored : FootnoteMarkup.toStored(edited);
    }

    @Override
    protected void setPresentationValue(String value) {
        stored = value == null ? "" : value;
        shown = stored.isEmpty() ? "" : FootnoteMarkup.toEditor(stored);
        editor.setValue(shown);
    }

    /** The accessible name of the editing surface, when the label alone does not say enough. */
    public void setAccessibleName(String name) {
        editor.setAccessibleName(name);
    }

    public void setPlaceholder(String placeholder) {
        editor.setPlaceholder(placeholder);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        editor.setReadOnly(readOnly);
    }

    @Override
    public void setInvalid(boolean invalid) {
        super.setInvalid(invalid);
        editor.setFlag("invalid", invalid);
    }

    @Override
    public void setRequiredIndicatorVisible(boolean required) {
        super.setRequiredIndicatorVisible(required);
        editor.setFlag("required", required);
    }

    /** The editor element, for tests that play the browser's part. */
    BodyEditor editor() {
        return editor;
    }
}

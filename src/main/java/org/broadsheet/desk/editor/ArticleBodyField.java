package org.broadsheet.desk.editor;

import com.vaadin.flow.component.customfield.CustomField;

/**
 * The article body: a word-processor-like editor whose value is the stored HTML (footnotes as the
 * site renders them; {@link FootnoteMarkup} converts both ways), with the label, required state
 * and error message of any form field, so the form binds it like the others.
 */
public class ArticleBodyField extends CustomField<String> {

    private final BodyEditor editor = new BodyEditor();
    /** The stored HTML last shown and what the editor was given for it: untouched, the stored bytes come back. */
    private String stored = "";
    private String shown = "";

    public ArticleBodyField() {
        setLabel("Body");
        editor.setPlaceholder("Write the story…");
        editor.setAccessibleName("Body");
        editor.addClassName("body-editor");
        editor.getElement().getStyle().set("width", "100%");
        editor.addValueChangeListener(e -> updateValue());
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

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        editor.setReadOnly(readOnly);
    }
}

package org.broadsheet.desk.editor;

import com.vaadin.flow.component.customfield.CustomField;

/**
 * The article body: a word-processor-like editor whose value is HTML, with the label, required
 * state and error message of any form field, so the form binds it like the others.
 */
public class ArticleBodyField extends CustomField<String> {

    private final BodyEditor editor = new BodyEditor();

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
        return editor.getValue();
    }

    @Override
    protected void setPresentationValue(String value) {
        editor.setValue(value == null ? "" : value);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        editor.setReadOnly(readOnly);
    }
}

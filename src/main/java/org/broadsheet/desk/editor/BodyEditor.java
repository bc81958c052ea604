package org.broadsheet.desk.editor;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * The browser side of the body field: Broadsheet's own {@code <bs-rich-text>} element (TipTap,
 * built from {@code frontend/rich-text} into one script), whose {@code value} is the body's HTML.
 * The server sanitizes whatever it sends before storing.
 */
@Tag("bs-rich-text")
@JavaScript("context://rich-text/bs-rich-text.js")
class BodyEditor extends AbstractSinglePropertyField<BodyEditor, String> {

    BodyEditor() {
        super("value", "", false);
    }

    void setPlaceholder(String placeholder) {
        getElement().setAttribute("placeholder", placeholder);
    }

    void setAccessibleName(String name) {
        getElement().setAttribute("accessible-name", name);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        getElement().setAttribute("readonly", readOnly);
    }
}

package org.broadsheet.desk.editor;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.broadsheet.content.service.ArticleLimits;

/**
 * The article body as HTML. A plain text area for now, behind a field of its own so that a
 * rich-text editor can take its place without the form noticing.
 */
public class ArticleBodyField extends CustomField<String> {

    private final TextArea html = new TextArea();

    public ArticleBodyField() {
        setLabel("Body");
        html.setMaxLength(ArticleLimits.BODY_MAX_LENGTH);
        html.setValueChangeMode(ValueChangeMode.TIMEOUT);
        html.setValueChangeTimeout(1000);
        html.setWidthFull();
        html.setMinHeight("20em");
        html.setHelperText("HTML: <p>, <h2>–<h4>, <a href>, <blockquote>, <ul>/<ol>, <strong>, <em>");
        html.setAriaLabel("Body");
        html.addClassName("body-html");
        add(html);
    }

    @Override
    protected String generateModelValue() {
        return html.getValue();
    }

    @Override
    protected void setPresentationValue(String value) {
        html.setValue(value == null ? "" : value);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        html.setReadOnly(readOnly);
    }
}

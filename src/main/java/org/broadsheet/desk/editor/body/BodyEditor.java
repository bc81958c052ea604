package org.broadsheet.desk.editor.body;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The browser side of the body field: Broadsheet's own {@code <bs-rich-text>} element (TipTap,
 * built from {@code frontend/rich-text} into one script), whose {@code value} is the body's HTML.
 * It asks for links, images and embeds with {@code *-requested} events and takes the answers
 * through {@link #applyLink}, {@link #setImage} and {@link #setEmbed}. The server sanitizes
 * whatever it sends before storing.
 */
@Tag("bs-rich-text")
@JavaScript("context://rich-text/bs-rich-text.js")
class BodyEditor extends AbstractSinglePropertyField<BodyEditor, String> {

    /** What an image or embed request carries: the figure's current attributes, empty for a new one. */
    record Request(JsonNode detail) {
        /** A request for a new figure, with nothing to edit. */
        static Request empty() {
            return new Request(JsonNodeFactory.instance.objectNode());
        }

        String get(String name) {
            JsonNode value = detail.get(name);
            return value == null || value.isNull() ? "" : value.asString();
        }
    }

    BodyEditor() {
        super("value", "", false);
    }

    void onRequest(String kind, Consumer<Request> handler) {
        getElement()
                .addEventListener(kind + "-requested", (DomEvent e) -> {
                    JsonNode detail = e.getEventData().get("event.detail");
                    handler.accept(new Request(detail == null ? e.getEventData() : detail));
                })
                .addEventData("event.detail");
    }

    /**
     * Links the selected text, or inserts the label as a link where nothing is selected; an empty
     * address removes the link, an article id marks a link to an article of this site.
     */
    void applyLink(String href, String articleId, String label) {
        getElement().callJsFunction("applyLink", href, articleId, label);
    }

    void setImage(String src, String alt, String caption, String credit) {
        getElement().callJsFunction("setImage", src, alt, caption, credit);
    }

    void setEmbed(String provider, String ref, String url, String caption) {
        getElement().callJsFunction("setEmbed", provider, ref, url, caption);
    }

    /** Where picture files dropped or pasted into the text are sent; without one the text refuses them. */
    void setUploadTarget(UploadHandler target) {
        getElement().setAttribute("upload-target", target);
    }

    void setPlaceholder(String placeholder) {
        getElement().setAttribute("placeholder", placeholder);
    }

    void setAccessibleName(String name) {
        getElement().setAttribute("accessible-name", name);
    }

    void setFlag(String attribute, boolean on) {
        getElement().setAttribute(attribute, on);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        setFlag("readonly", readOnly);
    }
}

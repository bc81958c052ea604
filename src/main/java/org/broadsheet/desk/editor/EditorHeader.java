package org.broadsheet.desk.editor;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.EditableArticle;
import org.jspecify.annotations.Nullable;

/**
 * The top of the editor: the way back to the list, the headline as saved, who else is editing,
 * whether someone saved since this form was opened, and the link to the public page.
 */
class EditorHeader extends Div {

    final H2 heading = new H2();
    final Span othersEditing = new Span();
    final Span savedElsewhere = new Span("Saved elsewhere since you opened it: saving will show both versions");
    final Anchor publicLink = new Anchor();

    EditorHeader() {
        addClassName("editor-header");
        othersEditing.addClassName("others-editing");
        othersEditing.getElement().setAttribute("aria-live", "polite");
        savedElsewhere.addClassName("saved-elsewhere");
        savedElsewhere.setVisible(false);
        publicLink.setTarget("_blank");
        publicLink.addClassName("public-link");
        add(new Anchor("articles", "← Articles"), heading, othersEditing, savedElsewhere, publicLink);
    }

    /** The article as stored, or a new one's blank form. */
    void show(@Nullable EditableArticle article, String savedTitle) {
        heading.setText(article == null ? "New article" : savedTitle);
        savedElsewhere.setVisible(false);
        publicLink.setVisible(article != null && article.status() == ArticleStatus.PUBLISHED && !article.inTrash());
        if (article != null) {
            publicLink.setHref(article.url());
            publicLink.setText("View on site ↗");
        }
    }

    void showOthersEditing(List<String> others) {
        othersEditing.setVisible(!others.isEmpty());
        othersEditing.setText(
                others.isEmpty()
                        ? ""
                        : String.join(", ", others) + (others.size() == 1 ? " is" : " are") + " editing this article");
    }

    void showSavedElsewhere() {
        savedElsewhere.setVisible(true);
    }
}

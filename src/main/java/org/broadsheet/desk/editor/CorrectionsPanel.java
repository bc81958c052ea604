package org.broadsheet.desk.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.CorrectionKind;
import org.broadsheet.content.service.ArticleCorrections;
import org.broadsheet.content.service.Correction;
import org.broadsheet.desk.DeskFeedback;
import org.jspecify.annotations.Nullable;

/**
 * The corrections and updates published on the article, and, for editors on a published article,
 * a field to publish another: it goes on the site at once, under the article and on the
 * corrections page. A refused correction keeps its text.
 */
class CorrectionsPanel extends VerticalLayout {

    final Div list = new Div();
    final Select<CorrectionKind> kind = new Select<>();
    final TextArea text = new TextArea("What was corrected or updated");
    final Button publish = new Button("Publish correction");
    private final ArticleCorrections corrections;
    private final ZoneId zone;
    private @Nullable Long articleId;

    CorrectionsPanel(ArticleCorrections corrections, ZoneId zone) {
        this.corrections = corrections;
        this.zone = zone;
        addClassName("corrections-panel");
        setPadding(false);
        kind.setLabel("Kind");
        kind.setItems(CorrectionKind.values());
        kind.setItemLabelGenerator(CorrectionKind::label);
        kind.setValue(CorrectionKind.CORRECTION);
        kind.addValueChangeListener(
                e -> publish.setText("Publish " + e.getValue().label().toLowerCase()));
        text.setWidthFull();
        text.setMaxLength(ArticleCorrections.MAX_LENGTH);
        text.setHelperText("Readers see it with today's date at the end of the article");
        publish.addClickListener(e -> publishOne());
        add(list, kind, text, publish);
        show(null, ArticleStatus.DRAFT, false);
    }

    /** The corrections of this article (null: not saved yet); editors may add to a published one. */
    void show(@Nullable Long articleId, ArticleStatus status, boolean editor) {
        this.articleId = articleId;
        list.removeAll();
        boolean mayAdd = articleId != null && editor && status == ArticleStatus.PUBLISHED;
        kind.setVisible(mayAdd);
        text.setVisible(mayAdd);
        publish.setVisible(mayAdd);
        List<Correction> all = articleId == null ? List.of() : corrections.of(articleId);
        if (all.isEmpty()) {
            list.add(new Paragraph(
                    status == ArticleStatus.PUBLISHED
                            ? "No corrections published."
                            : "Corrections are published on published articles."));
        }
        all.forEach(c -> list.add(entry(c)));
    }

    private Div entry(Correction correction) {
        Span meta = new Span(correction.kind().label() + " · " + DeskFeedback.dateTime(correction.at(), zone));
        meta.addClassName("note-meta");
        Div entry = new Div(meta, new Paragraph(correction.text()));
        entry.addClassName("note");
        return entry;
    }

    private void publishOne() {
        if (articleId == null) {
            return;
        }
        try {
            Correction added = corrections.add(articleId, kind.getValue(), text.getValue());
            text.clear();
            text.setInvalid(false);
            show(articleId, ArticleStatus.PUBLISHED, true);
            DeskFeedback.done(added.kind().label() + " published");
        } catch (DomainException.ValidationFailed e) {
            text.setInvalid(true);
            text.setErrorMessage(e.getMessage());
        }
    }
}

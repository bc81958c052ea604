package org.broadsheet.desk.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.broadsheet.content.service.ArticleRevisions;
import org.broadsheet.content.service.RevisionSummary;
import org.broadsheet.content.service.RevisionText;
import org.broadsheet.desk.DeskFeedback;

/**
 * The article's revisions, newest first: who saved, when, in which status. Each can be compared
 * word by word with the text in the form and restored, which saves it as a new revision.
 */
class RevisionsPanel extends Div {

    final Grid<RevisionSummary> grid = new Grid<>();
    private final ArticleRevisions revisions;
    private final ZoneId zone;
    private long articleId;

    RevisionsPanel(
            ArticleRevisions revisions,
            ZoneId zone,
            Supplier<String> currentText,
            Supplier<Boolean> mayRestore,
            Consumer<RevisionText> restore) {
        this.revisions = revisions;
        this.zone = zone;
        addClassName("revisions-panel");
        grid.addColumn(r -> DeskFeedback.dateTime(r.createdAt(), zone))
                .setHeader("Saved")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RevisionSummary::createdBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    Button compare = new Button("Compare", e -> {
                        RevisionText text = revisions.text(r.id());
                        String older = WordDiff.readable(text.title(), text.standfirst(), text.body());
                        new RevisionDiffDialog(
                                        "Revision of "
                                                + DeskFeedback.dateTime(text.createdAt(), zone)
                                                + " by " + text.createdBy(),
                                        "Text in the editor",
                                        older,
                                        currentText.get(),
                                        mayRestore.get(),
                                        () -> restore.accept(text))
                                .open();
                    });
                    compare.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    compare.setAriaLabel("Compare the revision of "
                            + DeskFeedback.dateTime(r.createdAt(), zone)
                            + " with the text in the editor");
                    return compare;
                })
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("28em");
        add(new Paragraph("Every save is kept. Compare one with the text in the editor, or restore it."), grid);
    }

    void show(long articleId) {
        this.articleId = articleId;
        grid.setItems(revisions.of(articleId));
    }

    void refresh() {
        if (articleId != 0) {
            show(articleId);
        }
    }
}

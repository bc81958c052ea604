package org.broadsheet.desk.articles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.function.Consumer;
import org.broadsheet.content.service.BulkAction;
import org.broadsheet.desk.sections.SectionLabels;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.taxonomy.service.TagSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The actions for the rows selected in the articles grid. Publishing and unpublishing are shown
 * to editors only; every row is still checked by the service, and refusals are reported.
 */
class BulkActionsBar extends HorizontalLayout {

    final Span selected = new Span();
    final Button publish = new Button("Publish");
    final Button unpublish = new Button("Unpublish");
    final ComboBox<SectionSummary> moveTo = new ComboBox<>();
    final ComboBox<TagSummary> addTag = new ComboBox<>();
    final Button trash = new Button("Move to trash");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    private int count;

    BulkActionsBar(boolean editor, SectionTree sections, TagService tags, Consumer<BulkAction> run) {
        addClassName("bulk-actions");
        setAlignItems(FlexComponent.Alignment.CENTER);
        publish.addClickListener(e -> confirm(BulkAction.publish(), run));
        unpublish.addClickListener(e -> confirm(BulkAction.unpublish(), run));
        publish.setVisible(editor);
        unpublish.setVisible(editor);
        moveTo.setPlaceholder("Move to section…");
        moveTo.setAriaLabel("Move selected articles to section");
        moveTo.setItems(sections.flattened());
        moveTo.setItemLabelGenerator(SectionLabels.trails(sections));
        moveTo.setRenderer(SectionLabels.indented());
        moveTo.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                confirm(BulkAction.moveToSection(e.getValue().id(), e.getValue().name()), run);
                moveTo.clear();
            }
        });
        addTag.setPlaceholder("Add tag…");
        addTag.setAriaLabel("Add a tag to selected articles");
        addTag.setItemsPageable(
                (page, text) -> tags.list(text, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                        .getContent());
        addTag.setItemLabelGenerator(TagSummary::name);
        addTag.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                confirm(BulkAction.addTag(e.getValue().id(), e.getValue().name()), run);
                addTag.clear();
            }
        });
        trash.addThemeVariants(ButtonVariant.LUMO_ERROR);
        trash.addClickListener(e -> confirm(BulkAction.trash(), run));
        progress.setWidth("12em");
        progress.setVisible(false);
        progressText.setVisible(false);
        add(selected, publish, unpublish, moveTo, addTag, trash, progress, progressText);
        setSelection(0);
    }

    /** The bar shows only while rows are selected, so the grid keeps the room otherwise. */
    void setSelection(int count) {
        this.count = count;
        setVisible(count > 0 || progress.isVisible());
        selected.setText(count == 1 ? "1 article selected" : count + " articles selected");
        List.of(publish, unpublish, trash).forEach(b -> b.setEnabled(count > 0));
        moveTo.setEnabled(count > 0);
        addTag.setEnabled(count > 0);
    }

    void showProgress(int done, int total) {
        progress.setVisible(done < total);
        progressText.setVisible(done < total);
        setVisible(count > 0 || done < total);
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(done + " of " + total);
        List.of(publish, unpublish, trash).forEach(b -> b.setEnabled(done >= total && count > 0));
    }

    private void confirm(BulkAction action, Consumer<BulkAction> run) {
        ConfirmDialog dialog = new ConfirmDialog(
                action.label() + "?",
                action.label() + ": " + (count == 1 ? "1 article" : count + " articles") + ".",
                action.label(),
                e -> run.accept(action));
        dialog.setCancelable(true);
        if (action.kind() == BulkAction.Kind.TRASH) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
    }
}

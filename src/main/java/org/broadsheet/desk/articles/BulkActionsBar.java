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
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The actions for the rows selected in the articles grid. Publishing and unpublishing are shown
 * to editors only; every row is still checked by the service, and refusals are reported. The
 * controls are built on the first selection: most visits to the list select nothing, and every
 * open desk tab would keep them.
 */
class BulkActionsBar extends HorizontalLayout {

    /** The bar's controls, once built. */
    static final class Controls {
        final Span selected = new Span();
        final Button publish = new Button("Publish");
        final Button unpublish = new Button("Unpublish");
        final ComboBox<SectionSummary> moveTo = new ComboBox<>();
        final ComboBox<TagSummary> addTag = new ComboBox<>();
        final Button trash = new Button("Move to trash");
        final ProgressBar progress = new ProgressBar();
        final Span progressText = new Span();
    }

    private final boolean editor;
    private final SectionTree sections;
    private final TagService tags;
    private final Consumer<BulkAction> run;
    private @Nullable Controls controls;
    private int count;

    BulkActionsBar(boolean editor, SectionTree sections, TagService tags, Consumer<BulkAction> run) {
        this.editor = editor;
        this.sections = sections;
        this.tags = tags;
        this.run = run;
        addClassName("bulk-actions");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setVisible(false);
    }

    /** The controls, built now if they were not yet. */
    Controls controls() {
        Controls built = controls;
        if (built == null) {
            built = build();
            controls = built;
        }
        return built;
    }

    private Controls build() {
        Controls c = new Controls();
        c.publish.addClickListener(e -> confirm(BulkAction.publish()));
        c.unpublish.addClickListener(e -> confirm(BulkAction.unpublish()));
        c.publish.setVisible(editor);
        c.unpublish.setVisible(editor);
        c.moveTo.setPlaceholder("Move to section…");
        c.moveTo.setAriaLabel("Move selected articles to section");
        c.moveTo.setItems(sections.flattened());
        c.moveTo.setItemLabelGenerator(SectionLabels.trails(sections));
        c.moveTo.setRenderer(SectionLabels.indented());
        c.moveTo.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                confirm(BulkAction.moveToSection(e.getValue().id(), e.getValue().name()));
                c.moveTo.clear();
            }
        });
        c.addTag.setPlaceholder("Add tag…");
        c.addTag.setAriaLabel("Add a tag to selected articles");
        c.addTag.setItemsPageable(
                (page, text) -> tags.list(text, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                        .getContent());
        c.addTag.setItemLabelGenerator(TagSummary::name);
        c.addTag.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                confirm(BulkAction.addTag(e.getValue().id(), e.getValue().name()));
                c.addTag.clear();
            }
        });
        c.trash.addThemeVariants(ButtonVariant.LUMO_ERROR);
        c.trash.addClickListener(e -> confirm(BulkAction.trash()));
        c.progress.setWidth("12em");
        c.progress.setVisible(false);
        c.progressText.setVisible(false);
        add(c.selected, c.publish, c.unpublish, c.moveTo, c.addTag, c.trash, c.progress, c.progressText);
        return c;
    }

    /** The bar shows only while rows are selected, so the grid keeps the room otherwise. */
    void setSelection(int count) {
        this.count = count;
        if (count == 0 && controls == null) {
            return;
        }
        Controls c = controls();
        setVisible(count > 0 || c.progress.isVisible());
        c.selected.setText(count == 1 ? "1 article selected" : count + " articles selected");
        List.of(c.publish, c.unpublish, c.trash).forEach(b -> b.setEnabled(count > 0));
        c.moveTo.setEnabled(count > 0);
        c.addTag.setEnabled(count > 0);
    }

    void showProgress(int done, int total) {
        Controls c = controls();
        c.progress.setVisible(done < total);
        c.progressText.setVisible(done < total);
        setVisible(count > 0 || done < total);
        c.progress.setValue(total == 0 ? 1 : (double) done / total);
        c.progressText.setText(done + " of " + total);
        List.of(c.publish, c.unpublish, c.trash).forEach(b -> b.setEnabled(done >= total && count > 0));
    }

    private void confirm(BulkAction action) {
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

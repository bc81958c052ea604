package org.broadsheet.desk.tags;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.taxonomy.service.TagSummary;
import org.springframework.data.domain.PageRequest;

/** Merges one tag into another: its articles take the other tag, and it is deleted. */
class TagMergeDialog extends Dialog {

    final ComboBox<TagSummary> into = new ComboBox<>("Merge into");
    final Button merge = new Button("Merge");

    TagMergeDialog(TagService tags, TagSummary from, Consumer<TagSummary> merged) {
        setHeaderTitle("Merge " + from.name());
        into.setItemsPageable((page, text) ->
                tags.list(text, PageRequest.of(page.getPageNumber(), page.getPageSize())).getContent().stream()
                        .filter(t -> t.id() != from.id())
                        .toList());
        into.setItemLabelGenerator(TagSummary::name);
        into.setRequired(true);
        into.setWidthFull();
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(e -> {
            if (into.getValue() == null) {
                into.setErrorMessage("Choose the tag to keep");
                into.setInvalid(true);
                return;
            }
            try {
                TagSummary result = tags.merge(from.id(), into.getValue().id());
                close();
                merged.accept(result);
            } catch (DomainException error) {
                FieldErrors.show(error, Map.of("into", into));
            }
        });
        add(
                new Paragraph("Every article tagged " + from.name() + " gets the tag you choose, and " + from.name()
                        + " is deleted (its page " + from.url() + " goes with it)."),
                into);
        getFooter().add(new Button("Cancel", e -> close()), merge);
    }
}

package org.broadsheet.desk.bulk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.broadsheet.content.service.BulkAction;
import org.broadsheet.content.service.BulkOutcome;

/** What a bulk action did: how many articles changed, and each refusal with its reason. */
public class BulkSummaryDialog extends Dialog {

    public BulkSummaryDialog(BulkAction action, List<BulkOutcome> outcomes) {
        long done = outcomes.stream().filter(BulkOutcome::done).count();
        List<BulkOutcome> refused = outcomes.stream().filter(o -> !o.done()).toList();
        setHeaderTitle(action.label() + ": " + done + " of " + outcomes.size() + " done");
        addClassName("bulk-summary");
        if (refused.isEmpty()) {
            add(new Paragraph("Every selected article was changed."));
        } else {
            add(new Paragraph(
                    refused.size() == 1
                            ? "1 article was left as it was:"
                            : refused.size() + " articles were left as they were:"));
            UnorderedList list = new UnorderedList();
            refused.stream().limit(200).forEach(o -> list.add(new ListItem(o.title() + " — " + o.refusal())));
            add(list);
        }
        Button close = new Button("Close", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}

package org.broadsheet.desk.profile;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;

/** Freshly made recovery codes, shown this once, with a text file to keep them in. */
class RecoveryCodesPanel extends Div {

    RecoveryCodesPanel(List<String> codes) {
        addClassName("recovery-codes");
        OrderedList list = new OrderedList();
        codes.forEach(code -> list.add(new ListItem(code)));
        String text = "Broadsheet desk recovery codes. Each works once, in place of the code from the app.\n\n"
                + String.join("\n", codes) + "\n";
        DownloadHandler file = event -> {
            event.setFileName("broadsheet-recovery-codes.txt");
            event.setContentType("text/plain;charset=utf-8");
            event.getWriter().write(text);
        };
        Anchor download = new Anchor(file, "Download as a text file");
        download.addClassName("recovery-codes-download");
        add(
                new Paragraph("Keep these recovery codes somewhere safe, away from your phone. Each one logs you in "
                        + "once if the phone is lost. They will not be shown again."),
                list,
                download);
    }
}

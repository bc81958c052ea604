package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;

/** Links to the pages before and after this one, and where this one is. */
public class Pager extends Nav {

    /** What the links say: "Newer"/"Older" for the archive, "Previous"/"Next" for ranked results. */
    public record Labels(String before, String after) {
        public static final Labels ARCHIVE = new Labels("Newer", "Older");
        public static final Labels RANKED = new Labels("Previous", "Next");
    }

    public Pager(Slice<?> page, String baseUrl, Labels labels) {
        String separator = baseUrl.contains("?") ? "&" : "?";
        addClassName("pager");
        getElement().setAttribute("aria-label", "Pages");
        if (page.hasPrevious()) {
            int previous = page.getNumber();
            Anchor before =
                    new Anchor(previous == 1 ? baseUrl : baseUrl + separator + "page=" + previous, labels.before());
            before.getElement().setAttribute("rel", "prev");
            add(before);
        }
        String position = "Page " + (page.getNumber() + 1);
        add(new Paragraph(page instanceof Page<?> counted ? position + " of " + counted.getTotalPages() : position));
        if (page.hasNext()) {
            Anchor after = new Anchor(baseUrl + separator + "page=" + (page.getNumber() + 2), labels.after());
            after.getElement().setAttribute("rel", "next");
            add(after);
        }
    }
}

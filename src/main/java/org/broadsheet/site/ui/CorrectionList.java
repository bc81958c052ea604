package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import org.broadsheet.content.service.ArticleCorrections;
import org.springframework.data.domain.Slice;

/** The site's corrections, newest first, each under the headline of the article it corrects. */
public class CorrectionList extends Section {

    public CorrectionList(Slice<ArticleCorrections.Listed> page, String baseUrl, ZoneId zone) {
        addClassName("correction-list");
        getElement().setAttribute("aria-label", "Corrections");
        if (page.isEmpty()) {
            add(new Paragraph("No corrections have been published."));
        }
        UnorderedList list = new UnorderedList();
        for (ArticleCorrections.Listed listed : page) {
            ListItem item = new ListItem(new H2(new Anchor(listed.url(), listed.title())));
            item.add(new Paragraph(CorrectionNotes.parts(listed.correction(), zone)));
            list.add(item);
        }
        add(list);
        if (page.hasPrevious() || page.hasNext()) {
            add(new Pager(page, baseUrl, Pager.Labels.ARCHIVE));
        }
    }
}

package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.ZoneId;
import org.broadsheet.content.service.ArticleTeaser;
import org.springframework.data.domain.Page;

/** A page of teasers with links to the newer and older pages. */
public class TeaserList extends Section {

    public TeaserList(Page<ArticleTeaser> page, String baseUrl, ZoneId zone) {
        addClassName("teasers");
        if (page.isEmpty()) {
            add(new Paragraph("Nothing has been published here yet."));
        }
        page.forEach(teaser -> add(new Teaser(teaser, zone)));
        if (page.hasPrevious() || page.hasNext()) {
            Nav pager = new Nav();
            pager.addClassName("pager");
            pager.getElement().setAttribute("aria-label", "Pages");
            if (page.hasPrevious()) {
                int previous = page.getNumber();
                pager.add(new Anchor(previous == 1 ? baseUrl : baseUrl + "?page=" + previous, "Newer"));
            }
            if (page.hasNext()) {
                pager.add(new Anchor(baseUrl + "?page=" + (page.getNumber() + 2), "Older"));
            }
            add(pager);
        }
    }
}

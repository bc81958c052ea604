package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.ZoneId;
import org.broadsheet.content.service.ArticleTeaser;
import org.springframework.data.domain.Slice;

/**
 * A page of teasers with links to the newer and older pages. Lists are slices: no count of
 * the whole archive is needed to know whether an older page exists.
 */
public class TeaserList extends Section {

    public TeaserList(Slice<ArticleTeaser> page, String baseUrl, ZoneId zone) {
        this(page, baseUrl, zone, "Nothing has been published here yet.");
    }

    public TeaserList(Slice<ArticleTeaser> page, String baseUrl, ZoneId zone, String whenEmpty) {
        addClassName("teasers");
        getElement().setAttribute("aria-label", "Articles");
        if (page.isEmpty()) {
            add(new Paragraph(whenEmpty));
        }
        page.forEach(teaser -> add(new Teaser(teaser, zone, Teaser.Level.LIST)));
        if (page.hasPrevious() || page.hasNext()) {
            add(new Pager(page, baseUrl, Pager.Labels.ARCHIVE));
        }
    }
}

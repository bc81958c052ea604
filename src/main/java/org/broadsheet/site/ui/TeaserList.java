package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.ZoneId;
import org.broadsheet.content.service.ArticleTeaser;
import org.springframework.data.domain.Page;
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
            add(pager(page, baseUrl));
        }
    }

    private static Nav pager(Slice<ArticleTeaser> page, String baseUrl) {
        String separator = baseUrl.contains("?") ? "&" : "?";
        Nav pager = new Nav();
        pager.addClassName("pager");
        pager.getElement().setAttribute("aria-label", "Pages");
        if (page.hasPrevious()) {
            int previous = page.getNumber();
            Anchor newer = new Anchor(previous == 1 ? baseUrl : baseUrl + separator + "page=" + previous, "Newer");
            newer.getElement().setAttribute("rel", "prev");
            pager.add(newer);
        }
        String position = "Page " + (page.getNumber() + 1);
        pager.add(new Paragraph(page instanceof Page<?> counted ? position + " of " + counted.getTotalPages() : position));
        if (page.hasNext()) {
            Anchor older = new Anchor(baseUrl + separator + "page=" + (page.getNumber() + 2), "Older");
            older.getElement().setAttribute("rel", "next");
            pager.add(older);
        }
        return pager;
    }
}

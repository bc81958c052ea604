package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import org.broadsheet.content.service.ArticleTeaser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/** A section's list of articles, led by the story its editors placed at the top (not listed twice). */
public class SectionFront extends Div {

    public SectionFront(@Nullable ArticleTeaser lead, Slice<ArticleTeaser> page, String baseUrl, ZoneId zone) {
        addClassName("section-front");
        if (lead == null) {
            add(new TeaserList(page, baseUrl, zone));
            return;
        }
        add(new Teaser(lead, zone, Teaser.Level.LEAD));
        Slice<ArticleTeaser> rest = new SliceImpl<>(
                page.getContent().stream().filter(t -> t.id() != lead.id()).toList(),
                page.getPageable(),
                page.hasNext());
        if (rest.hasContent() || rest.hasNext()) {
            add(new TeaserList(rest, baseUrl, zone));
        }
    }
}

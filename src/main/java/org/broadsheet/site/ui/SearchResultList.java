package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.ZoneId;
import org.broadsheet.search.service.SearchHit;
import org.springframework.data.domain.Slice;

/** Search results in order of relevance: each a teaser and the passage that matched. */
public class SearchResultList extends Section {

    public SearchResultList(Slice<SearchHit> hits, String baseUrl, ZoneId zone, String whenEmpty) {
        addClassName("teasers");
        addClassName("search-results");
        getElement().setAttribute("aria-label", "Search results");
        if (hits.isEmpty()) {
            add(new Paragraph(whenEmpty));
        }
        for (SearchHit hit : hits) {
            Teaser teaser = new Teaser(hit.article(), zone, Teaser.Level.LIST);
            if (hit.snippet() != null) {
                teaser.add(new Snippet(hit.snippet()));
            }
            add(teaser);
        }
        if (hits.hasPrevious() || hits.hasNext()) {
            add(new Pager(hits, baseUrl, Pager.Labels.RANKED));
        }
    }
}

package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.jspecify.annotations.Nullable;

/**
 * The search page's own form: the words, and optionally a section (with everything below it)
 * and a year. A plain GET form, so results have shareable, cacheable URLs and need no script.
 */
@Tag("form")
public class SearchForm extends Component {

    public SearchForm(
            String query,
            SectionTree sections,
            @Nullable String sectionPath,
            List<Integer> years,
            @Nullable Integer year) {
        Element form = getElement();
        form.setAttribute("role", "search");
        form.setAttribute("action", "/search");
        form.setAttribute("method", "get");
        form.setAttribute("class", "search-form");
        Element input = new Element("input")
                .setAttribute("type", "search")
                .setAttribute("name", "q")
                .setAttribute("id", "search-page-q")
                .setAttribute("maxlength", "200");
        if (!query.isEmpty()) {
            input.setAttribute("value", query);
        }
        Element section = select("search-section", "section", "Any section");
        for (SectionSummary s : sections.flattened()) {
            int depth = sections.trail(s.id()).size() - 1;
            section.appendChild(
                    option(s.path(), "\u2003".repeat(depth) + s.name(), s.path().equals(sectionPath)));
        }
        Element yearSelect = select("search-year", "year", "Any year");
        years.forEach(y -> yearSelect.appendChild(option(String.valueOf(y), String.valueOf(y), y.equals(year))));
        form.appendChild(
                field(label("search-page-q", "Words"), input),
                field(label("search-section", "Section"), section),
                field(label("search-year", "Year"), yearSelect),
                new Element("button").setAttribute("type", "submit").setText("Search"));
    }

    private static Element select(String id, String name, String anyLabel) {
        Element select = new Element("select").setAttribute("id", id).setAttribute("name", name);
        select.appendChild(option("", anyLabel, false));
        return select;
    }

    private static Element option(String value, String label, boolean selected) {
        Element option = new Element("option").setAttribute("value", value).setText(label);
        if (selected) {
            option.setAttribute("selected", "");
        }
        return option;
    }

    private static Element label(String forId, String text) {
        return new Element("label").setAttribute("for", forId).setText(text);
    }

    private static Element field(Element label, Element control) {
        Element field = new Element("div").setAttribute("class", "search-field");
        field.appendChild(label, control);
        return field;
    }
}

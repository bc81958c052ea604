package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/** A plain GET form to {@code /search}: works without JavaScript, and is the page's search landmark. */
@Tag("form")
public class SearchBox extends Component {

    public SearchBox(String query, String inputId) {
        Element form = getElement();
        form.setAttribute("role", "search");
        form.setAttribute("action", "/search");
        form.setAttribute("method", "get");
        form.setAttribute("class", "search-box");
        Element label = new Element("label").setAttribute("for", inputId).setText("Search articles");
        label.setAttribute("class", "visually-hidden");
        Element input = new Element("input")
                .setAttribute("type", "search")
                .setAttribute("name", "q")
                .setAttribute("id", inputId)
                .setAttribute("maxlength", "200")
                .setAttribute("placeholder", "Search");
        if (!query.isEmpty()) {
            input.setAttribute("value", query);
        }
        Element button = new Element("button").setAttribute("type", "submit").setText("Search");
        form.appendChild(label, input, button);
    }
}

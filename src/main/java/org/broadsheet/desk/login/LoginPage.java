package org.broadsheet.desk.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The login pages as plain HTML, composed from Vaadin's HTML components like the site's pages
 * and posted as ordinary forms: nobody who has not logged in costs the server a Vaadin session.
 */
final class LoginPage {

    /** Something to tell above the form: what went wrong, and what to do. */
    record Notice(String title, String message) {}

    /** A form field: its name, label, type and the attributes browsers and password managers use. */
    record Field(String name, String label, String type, String autocomplete, int maxLength) {}

    /** A hidden value the form sends back (the CSRF token of the second step). */
    record Hidden(String name, String value) {}

    private LoginPage() {}

    static String render(
            String title,
            String heading,
            @Nullable String introduction,
            @Nullable Notice notice,
            String action,
            List<Field> fields,
            List<Hidden> hidden,
            String submit,
            Anchor way) {
        Main main = new Main();
        main.addClassName("login-page");
        main.add(new H1(heading));
        if (introduction != null) {
            main.add(new Paragraph(introduction));
        }
        if (notice != null) {
            Div alert = new Div();
            alert.addClassName("login-notice");
            alert.getElement().setAttribute("role", "alert");
            Element strong = new Element("strong");
            strong.setText(notice.title());
            alert.getElement().appendChild(strong);
            alert.add(new Paragraph(notice.message()));
            main.add(alert);
        }
        main.getElement().appendChild(form(action, fields, hidden, submit));
        main.add(way);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">"
                + "<title>" + Entities.escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/styles/login.css\"></head><body>"
                + main.getElement().getOuterHTML()
                + "</body></html>";
    }

    private static Element form(String action, List<Field> fields, List<Hidden> hidden, String submit) {
        Element form = new Element("form")
                .setAttribute("method", "post")
                .setAttribute("action", action)
                .setAttribute("class", "login-form");
        for (Hidden value : hidden) {
            form.appendChild(new Element("input")
                    .setAttribute("type", "hidden")
                    .setAttribute("name", value.name())
                    .setAttribute("value", value.value()));
        }
        boolean first = true;
        for (Field field : fields) {
            form.appendChild(
                    new Element("label").setAttribute("for", field.name()).setText(field.label()));
            Element input = new Element("input")
                    .setAttribute("id", field.name())
                    .setAttribute("name", field.name())
                    .setAttribute("type", field.type())
                    .setAttribute("autocomplete", field.autocomplete())
                    .setAttribute("maxlength", Integer.toString(field.maxLength()))
                    .setAttribute("required", true);
            if (first) {
                input.setAttribute("autofocus", true);
            }
            first = false;
            form.appendChild(input);
        }
        form.appendChild(new Element("button").setAttribute("type", "submit").setText(submit));
        return form;
    }
}

package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** The body of a "not found" or "bad request" page: what went wrong and a way back. */
public class MessagePage extends Section {

    public MessagePage(String heading, String explanation) {
        addClassName("message-page");
        add(new H1(heading), new Paragraph(explanation), new Paragraph(new Anchor("/", "Go to the front page")));
    }
}

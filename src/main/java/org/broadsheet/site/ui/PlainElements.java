package org.broadsheet.site.ui;

import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * The parts of public pages that only show something, as plain elements rather than components.
 * Vaadin looks through a component class's methods for client-callable handlers each time a
 * component is created, without keeping what it found: on the home page that was a third of the
 * render. Public pages are written out once and never call back, so their links, headings and
 * lists need none of it.
 */
final class PlainElements {

    private PlainElements() {}

    /** {@code <a href>text</a>}, as Vaadin's {@code Anchor(href, text)} writes it. */
    static Element link(String href, String text) {
        return new Element("a").setAttribute("href", href).setText(text);
    }

    /** An element of the given tag and class holding a text. */
    static Element text(String tag, String className, String text) {
        Element element = new Element(tag).setText(text);
        element.getClassList().add(className);
        return element;
    }

    /** {@code <ul>} with an {@code <li>} around each item. */
    static Element list(List<Element> items) {
        Element list = new Element("ul");
        items.forEach(item -> list.appendChild(new Element("li").appendChild(item)));
        return list;
    }
}

package org.broadsheet.site.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A {@code <time>} with a machine-readable instant and a date readers can read. */
@Tag("time")
public class Time extends HtmlComponent {

    static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public Time(Instant instant, ZoneId zone) {
        describe(getElement(), instant, zone);
    }

    /** The same {@code <time>} as a plain element, for pages that only show it. */
    static Element element(Instant instant, ZoneId zone) {
        return describe(new Element("time"), instant, zone);
    }

    private static Element describe(Element time, Instant instant, ZoneId zone) {
        return time.setAttribute("datetime", instant.toString()).setText(readable(instant, zone));
    }

    /** The day as readers read it: "3 December 2026". */
    public static String readable(Instant instant, ZoneId zone) {
        return READABLE.format(instant.atZone(zone));
    }
}

package org.broadsheet.site.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.broadsheet.site.service.SiteIdentity;

/**
 * "This website uses cookies … Learn more", with Accept and Refuse. A plain form POST works
 * without JavaScript; {@code /scripts/cookie-notice.js} sends the same form without a reload.
 */
public class CookieNotice extends Aside {

    public static final String ACTION = "/consent";

    public CookieNotice(SiteIdentity site, String returnPath) {
        addClassName("cookie-notice");
        getElement().setAttribute("aria-label", "Cookie notice");
        // the words readers see stay short; a screen reader listing links hears where this one goes
        Anchor policy = new Anchor(site.cookiePolicyUrl(), "Learn more");
        Span where = new Span(" about cookies on this site");
        where.addClassName("visually-hidden");
        policy.add(where);
        Paragraph text = new Paragraph(new Text(site.cookieNoticeText() + " "), policy);
        Element form = new Element("form")
                .setAttribute("method", "post")
                .setAttribute("action", ACTION)
                .setAttribute("class", "cookie-choices");
        form.appendChild(new Element("input")
                .setAttribute("type", "hidden")
                .setAttribute("name", "return")
                .setAttribute("value", returnPath));
        form.appendChild(choice("accept", "Accept"), choice("refuse", "Refuse"));
        add(text);
        getElement().appendChild(form);
    }

    private static Element choice(String value, String label) {
        return new Element("button")
                .setAttribute("type", "submit")
                .setAttribute("name", "choice")
                .setAttribute("value", value)
                .setText(label);
    }
}

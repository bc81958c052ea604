package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Paragraph;
import org.broadsheet.site.service.SiteIdentity;

/** The foot of every public page. */
public class SiteFooter extends Footer {

    public SiteFooter(SiteIdentity site) {
        addClassName("site-footer");
        add(new Paragraph(new Anchor(site.cookiePolicyUrl(), "Cookie policy")));
        Paragraph powered = new Paragraph("Published with Broadsheet");
        powered.addClassName("powered-by");
        add(powered);
    }
}

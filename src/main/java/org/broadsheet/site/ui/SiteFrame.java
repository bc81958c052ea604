package org.broadsheet.site.ui;

import org.broadsheet.site.service.Navigation;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionTree;

/**
 * What every public page shows around its content: the site's identity, the sections and menus,
 * and the reader's answer to the cookie notice (asked while unanswered; embeds word their
 * click-to-load placeholders by it).
 */
public record SiteFrame(SiteIdentity site, SectionTree sections, Consent consent, String path, Navigation navigation) {

    /** A page framed with the default menus (the desk's previews). */
    public SiteFrame(SiteIdentity site, SectionTree sections, Consent consent, String path) {
        this(site, sections, consent, path, Navigation.DEFAULT);
    }

    public boolean askForConsent() {
        return consent == Consent.UNANSWERED;
    }
}

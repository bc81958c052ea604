package org.broadsheet.site.ui;

import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionTree;

/**
 * What every public page shows around its content: the site's identity, the section navigation,
 * and the reader's answer to the cookie notice (asked while unanswered; embeds word their
 * click-to-load placeholders by it).
 */
public record SiteFrame(SiteIdentity site, SectionTree sections, Consent consent, String path) {

    public boolean askForConsent() {
        return consent == Consent.UNANSWERED;
    }
}

package org.broadsheet.site.ui;

import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionTree;

/**
 * What every public page shows around its content: the site's identity, the section navigation,
 * and whether the reader still has to answer the cookie notice.
 */
public record SiteFrame(SiteIdentity site, SectionTree sections, boolean askForConsent, String path) {
}

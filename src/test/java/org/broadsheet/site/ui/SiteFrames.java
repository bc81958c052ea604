package org.broadsheet.site.ui;

import java.time.ZoneId;
import org.broadsheet.site.service.Navigation;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionTree;

/** What a public page is written in, for tests of the page's parts: a site with no pictures. */
final class SiteFrames {

    private SiteFrames() {}

    static SiteFrame frame(SiteIdentity site, SectionTree sections, Navigation navigation) {
        return new SiteFrame(site, sections, Consent.ACCEPTED, "/", navigation);
    }

    static SiteIdentity site(String name) {
        return new SiteIdentity(
                name,
                "News that keeps its promises",
                "Cookies.",
                "/page/cookies",
                ZoneId.of("UTC"),
                10,
                null,
                null,
                null);
    }
}

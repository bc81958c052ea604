package org.broadsheet.site.web;

import java.time.ZoneId;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.ui.SiteFrame;

/** Everything a page composer needs besides its own data: the frame and the absolute base URL. */
record PageContext(SiteFrame frame, String baseUrl) {

    SiteIdentity site() {
        return frame.site();
    }

    ZoneId zone() {
        return frame.site().zone();
    }

    String title(String pageTitle) {
        return pageTitle + " – " + site().siteName();
    }
}

package org.broadsheet.site.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.broadsheet.media.service.MediaUsage;
import org.broadsheet.media.service.MediaView;
import org.springframework.stereotype.Component;

/** The logo and the icon are pictures of the library: neither is deleted while the site shows it. */
@Component
class SiteMediaUsage implements MediaUsage {

    private final SiteSettingsService settings;

    SiteMediaUsage(SiteSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public List<String> placesUsing(long mediaId) {
        SiteIdentity site = settings.identity();
        List<String> places = new ArrayList<>();
        if (site.logo() != null && site.logo().id() == mediaId) {
            places.add("the site's logo");
        }
        if (site.icon() != null && site.icon().id() == mediaId) {
            places.add("the site's icon");
        }
        return places;
    }

    @Override
    public Set<Long> picturesInUse() {
        SiteIdentity site = settings.identity();
        Set<Long> ids = new HashSet<>();
        for (MediaView picture : java.util.Arrays.asList(site.logo(), site.icon())) {
            if (picture != null) {
                ids.add(picture.id());
            }
        }
        return ids;
    }
}

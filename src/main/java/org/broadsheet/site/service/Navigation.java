package org.broadsheet.site.service;

import java.util.List;

/** The header's and the footer's links; an empty list means the defaults. */
public record Navigation(List<MenuLink> header, List<MenuLink> footer) {

    public static final Navigation DEFAULT = new Navigation(List.of(), List.of());

    public Navigation {
        header = List.copyOf(header);
        footer = List.copyOf(footer);
    }
}

package org.broadsheet.site.service;

import java.util.List;

/** A menu entry as readers get it: the words, the address, and the entries under it. */
public record MenuLink(String label, String url, boolean external, List<MenuLink> children) {

    public MenuLink {
        children = List.copyOf(children);
    }
}

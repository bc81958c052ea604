package org.broadsheet.people.service;

/** An author as a byline shows them. */
public record Byline(long id, String name, String slug) {

    public String url() {
        return "/author/" + slug;
    }
}

package org.broadsheet.taxonomy.service;

public record TagSummary(long id, String name, String slug) {

    public String url() {
        return "/tag/" + slug;
    }
}

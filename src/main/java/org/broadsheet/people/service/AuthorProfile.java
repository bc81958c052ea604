package org.broadsheet.people.service;

import org.jspecify.annotations.Nullable;

/** An author as their author page shows them. */
public record AuthorProfile(
        long id,
        String name,
        String slug,
        @Nullable String bio,
        @Nullable String photoUrl) {

    public String url() {
        return "/author/" + slug;
    }
}

package org.broadsheet.content.demo;

import java.util.List;
import org.broadsheet.content.ArticleStatus;
import org.jspecify.annotations.Nullable;

/** The shapes of the demo content files under {@code classpath:demo/}. */
final class DemoData {

    private DemoData() {}

    record Section(
            String name,
            String slug,
            @Nullable String description,
            @Nullable List<Section> children) {}

    record Author(
            String name,
            @Nullable String bio,
            @Nullable String username,
            @Nullable String role) {}

    record Article(
            String section,
            String slug,
            String title,
            @Nullable String standfirst,
            List<String> authors,
            List<String> tags,
            ArticleStatus status,
            @Nullable Integer daysAgo,
            @Nullable Integer daysAhead,
            List<String> paragraphs,
            @Nullable String quote,
            @Nullable String footnote,
            @Nullable String linkTo) {

        String path() {
            return section + "/" + slug;
        }
    }
}

package org.broadsheet.desk.editor;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.TagSummary;
import org.jspecify.annotations.Nullable;

/**
 * What the article form's fields hold, in the fields' own types: the bean its binder reads and
 * writes. Tags typed as new names stay names here until the article is saved.
 */
final class ArticleFormValues {

    /** A pinned article as the picker shows it. */
    record RelatedChoice(long id, String title) {}

    /** A tag as the picker holds it: one that exists, or a name typed to create on saving. */
    record TagChoice(@Nullable Long id, String name) {

        static TagChoice of(TagSummary tag) {
            return new TagChoice(tag.id(), tag.name());
        }
    }

    // the binder reads and writes these through lambdas: a bean of fields, not of accessors
    String title = "";
    String slug = "";
    String standfirst = "";
    String body = "";

    @Nullable
    SectionSummary section;

    Set<AuthorProfile> authors = new LinkedHashSet<>();
    Set<TagChoice> tags = new LinkedHashSet<>();
    String metaDescription = "";
    String socialTitle = "";
    Set<RelatedChoice> related = new LinkedHashSet<>();

    @Nullable
    FeaturedImage featuredImage;

    /** The draft these values make; tags typed by name go to its {@code newTagNames}. */
    ArticleDraft toDraft() {
        return new ArticleDraft(
                title,
                slug,
                blankToNull(standfirst),
                body,
                section == null ? null : section.id(),
                authors.stream().map(AuthorProfile::id).toList(),
                tags.stream().map(TagChoice::id).filter(Objects::nonNull).collect(Collectors.toSet()),
                blankToNull(metaDescription),
                blankToNull(socialTitle),
                related.stream().map(RelatedChoice::id).toList(),
                featuredImage,
                tags.stream().filter(t -> t.id() == null).map(TagChoice::name).collect(Collectors.toSet()));
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}

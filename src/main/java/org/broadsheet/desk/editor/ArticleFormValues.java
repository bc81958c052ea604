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

    private String title = "";
    private String slug = "";
    private String standfirst = "";
    private String body = "";
    private @Nullable SectionSummary section;
    private Set<AuthorProfile> authors = new LinkedHashSet<>();
    private Set<TagChoice> tags = new LinkedHashSet<>();
    private String metaDescription = "";
    private String socialTitle = "";
    private Set<RelatedChoice> related = new LinkedHashSet<>();
    private @Nullable FeaturedImage featuredImage;

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

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    String getStandfirst() {
        return standfirst;
    }

    void setStandfirst(@Nullable String standfirst) {
        this.standfirst = Objects.requireNonNullElse(standfirst, "");
    }

    String getBody() {
        return body;
    }

    void setBody(String body) {
        this.body = body;
    }

    @Nullable
    SectionSummary getSection() {
        return section;
    }

    void setSection(@Nullable SectionSummary section) {
        this.section = section;
    }

    Set<AuthorProfile> getAuthors() {
        return authors;
    }

    void setAuthors(Set<AuthorProfile> authors) {
        this.authors = new LinkedHashSet<>(authors);
    }

    Set<TagChoice> getTags() {
        return tags;
    }

    void setTags(Set<TagChoice> tags) {
        this.tags = new LinkedHashSet<>(tags);
    }

    String getMetaDescription() {
        return metaDescription;
    }

    void setMetaDescription(@Nullable String metaDescription) {
        this.metaDescription = Objects.requireNonNullElse(metaDescription, "");
    }

    String getSocialTitle() {
        return socialTitle;
    }

    void setSocialTitle(@Nullable String socialTitle) {
        this.socialTitle = Objects.requireNonNullElse(socialTitle, "");
    }

    Set<RelatedChoice> getRelated() {
        return related;
    }

    void setRelated(Set<RelatedChoice> related) {
        this.related = new LinkedHashSet<>(related);
    }

    @Nullable
    FeaturedImage getFeaturedImage() {
        return featuredImage;
    }

    void setFeaturedImage(@Nullable FeaturedImage featuredImage) {
        this.featuredImage = featuredImage;
    }
}

package org.broadsheet.content.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.ArticleIndexFields;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.FeaturedImage;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * A story. Sections, tags and authors belong to other features and are referred to by id, so
 * each feature owns its tables and the site composes what it shows through their services.
 *
 * <p>The full-text index mapping is declared here, where a change to a field is seen: Hibernate
 * Search reindexes an article whenever one of these fields changes. The names of its section,
 * tags and authors come from {@link ArticleContextBinder}; every name is in {@link ArticleIndexFields}.
 */
@Entity
@Indexed(index = ArticleIndexFields.INDEX_NAME)
@TypeBinding(binder = @TypeBinderRef(type = ArticleContextBinder.class))
public class Article extends BaseEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int STANDFIRST_MAX_LENGTH = 500;
    public static final int BODY_MAX_LENGTH = 200_000;
    public static final int META_DESCRIPTION_MAX_LENGTH = 300;

    @NotBlank
    @Size(max = TITLE_MAX_LENGTH)
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    @FullTextField(
            name = ArticleIndexFields.TITLE,
            analyzer = ArticleIndexFields.ANALYZER,
            projectable = Projectable.YES)
    @FullTextField(name = ArticleIndexFields.TITLE_PAIRS, analyzer = ArticleIndexFields.PAIRS_ANALYZER)
    private String title = "";

    @NotBlank
    @Size(max = Slugs.MAX_LENGTH)
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug = "";

    @Size(max = STANDFIRST_MAX_LENGTH)
    @Column(length = STANDFIRST_MAX_LENGTH)
    @FullTextField(name = ArticleIndexFields.STANDFIRST, analyzer = ArticleIndexFields.ANALYZER)
    @FullTextField(name = ArticleIndexFields.STANDFIRST_PAIRS, analyzer = ArticleIndexFields.PAIRS_ANALYZER)
    private @Nullable String standfirst;

    @Size(max = BODY_MAX_LENGTH)
    @Column(nullable = false, length = BODY_MAX_LENGTH)
    // Term vectors let the fast-vector highlighter find passages without re-analysing the text:
    // twice the index size, a third of the highlighting time.
    @FullTextField(
            name = ArticleIndexFields.BODY,
            analyzer = ArticleIndexFields.ANALYZER,
            highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS,
            valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
    @FullTextField(
            name = ArticleIndexFields.BODY_PAIRS,
            analyzer = ArticleIndexFields.PAIRS_ANALYZER,
            valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
    private String body = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(name = ArticleIndexFields.STATUS)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    /** The tags, each with the date its listing orders this article by ({@link #listedAt()}). */
    @ElementCollection
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    private Set<TagListing> tagListings = new HashSet<>();

    /** The byline in order, each name with the date its listing orders this article by. */
    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<BylineListing> bylineListings = new ArrayList<>();

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    @GenericField(name = ArticleIndexFields.UPDATED_AT, sortable = Sortable.YES)
    private Instant updatedAt = Instant.EPOCH;

    @GenericField(name = ArticleIndexFields.PUBLISHED_AT, sortable = Sortable.YES)
    private @Nullable Instant publishedAt;

    private @Nullable Instant scheduledAt;

    /** When a published article leaves the site by itself. */
    private @Nullable Instant unpublishAt;

    /** When the last correction or update was published on it; null if none ever was. */
    private @Nullable Instant correctedAt;

    /** When readers lost an article they could see; null while it is public or was never. */
    private @Nullable Instant withdrawnAt;

    private @Nullable Instant deletedAt;

    @Embedded
    private @Nullable FeaturedImage featuredImage;

    /** What search engines show under the link; the standfirst when empty. */
    @Size(max = META_DESCRIPTION_MAX_LENGTH)
    @Column(length = META_DESCRIPTION_MAX_LENGTH)
    private @Nullable String metaDescription;

    /** The headline for social cards; the title when empty. */
    @Size(max = TITLE_MAX_LENGTH)
    @Column(length = TITLE_MAX_LENGTH)
    private @Nullable String socialTitle;

    /** Editors' own choice of related articles, shown before the computed ones. */
    @ElementCollection
    @CollectionTable(name = "article_related", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "related_id", nullable = false)
    private List<Long> pinnedRelatedIds = new ArrayList<>();

    @Version
    private long version;

    protected Article() {}

    public Article(String title, String slug, long sectionId, Instant createdAt) {
        this.title = title;
        this.slug = slug;
        this.sectionId = sectionId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public boolean isVisibleToReaders() {
        return status == ArticleStatus.PUBLISHED && deletedAt == null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public @Nullable String getStandfirst() {
        return standfirst;
    }

    public void setStandfirst(@Nullable String standfirst) {
        this.standfirst = standfirst;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
        relist();
    }

    public long getSectionId() {
        return sectionId;
    }

    public void setSectionId(long sectionId) {
        this.sectionId = sectionId;
    }

    public Set<Long> getTagIds() {
        return tagListings.stream().map(TagListing::tagId).collect(Collectors.toUnmodifiableSet());
    }

    public void setTagIds(Set<Long> tagIds) {
        Instant at = listedAt();
        tagListings.clear();
        tagIds.forEach(id -> tagListings.add(new TagListing(id, at, status)));
    }

    public List<Long> getAuthorIds() {
        return bylineListings.stream().map(BylineListing::authorId).toList();
    }

    public void setAuthorIds(List<Long> authorIds) {
        Instant at = listedAt();
        bylineListings.clear();
        authorIds.forEach(id -> bylineListings.add(new BylineListing(id, at, status)));
    }

    /**
     * The date the tag and author pages list this article by: its publication, or its creation
     * while it has none, so an entry exists from the start and changes only when that date does.
     */
    private Instant listedAt() {
        return publishedAt != null ? publishedAt : createdAt;
    }

    /** Brings the tag and byline entries in step with the date and status they carry. */
    private void relist() {
        Instant at = listedAt();
        if (tagListings.stream().anyMatch(t -> !t.listedAt().equals(at) || t.status() != status)) {
            setTagIds(getTagIds());
        }
        if (bylineListings.stream().anyMatch(b -> !b.listedAt().equals(at) || b.status() != status)) {
            setAuthorIds(getAuthorIds());
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(@Nullable Instant publishedAt) {
        this.publishedAt = publishedAt;
        relist();
    }

    public @Nullable Instant getUnpublishAt() {
        return unpublishAt;
    }

    public void setUnpublishAt(@Nullable Instant unpublishAt) {
        this.unpublishAt = unpublishAt;
    }

    public @Nullable Instant getCorrectedAt() {
        return correctedAt;
    }

    public @Nullable Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public void setWithdrawnAt(@Nullable Instant withdrawnAt) {
        this.withdrawnAt = withdrawnAt;
    }

    public @Nullable Instant getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(@Nullable Instant scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }

    public void setDeletedAt(@Nullable Instant deletedAt) {
        this.deletedAt = deletedAt;
    }

    public @Nullable FeaturedImage getFeaturedImage() {
        return featuredImage == null || featuredImage.url() == null ? null : featuredImage;
    }

    public void setFeaturedImage(@Nullable FeaturedImage featuredImage) {
        this.featuredImage = featuredImage;
    }

    public List<Long> getPinnedRelatedIds() {
        return List.copyOf(pinnedRelatedIds);
    }

    public void setPinnedRelatedIds(List<Long> ids) {
        this.pinnedRelatedIds.clear();
        this.pinnedRelatedIds.addAll(
                ids.stream().filter(id -> !id.equals(getId())).distinct().toList());
    }

    public @Nullable String getMetaDescription() {
        return metaDescription;
    }

    public void setMetaDescription(@Nullable String metaDescription) {
        this.metaDescription = metaDescription;
    }

    public @Nullable String getSocialTitle() {
        return socialTitle;
    }

    public void setSocialTitle(@Nullable String socialTitle) {
        this.socialTitle = socialTitle;
    }

    public long getVersion() {
        return version;
    }
}

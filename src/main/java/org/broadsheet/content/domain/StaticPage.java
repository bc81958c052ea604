package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.base.Slugs;
import org.jspecify.annotations.Nullable;

/** A page outside the section tree: About, Cookie policy, Join us; edited in the desk. */
@Entity
public class StaticPage extends BaseEntity {

    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug = "";

    @Column(nullable = false, length = Article.TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = Article.BODY_MAX_LENGTH)
    private String body = "";

    @Column(nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(nullable = false)
    private boolean published = true;

    private @Nullable Instant deletedAt;

    @jakarta.persistence.Version
    private long version;

    protected StaticPage() {}

    public StaticPage(String slug, String title, String body, Instant updatedAt) {
        this.slug = slug;
        this.title = title;
        this.body = body;
        this.updatedAt = updatedAt;
    }

    /** Whether readers can open it. */
    public boolean isVisibleToReaders() {
        return published && deletedAt == null;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }

    public void setDeletedAt(@Nullable Instant deletedAt) {
        this.deletedAt = deletedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** New words for the page, keeping its address. */
    public void rewrite(String title, String body, Instant updatedAt) {
        this.title = title;
        this.body = body;
        this.updatedAt = updatedAt;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

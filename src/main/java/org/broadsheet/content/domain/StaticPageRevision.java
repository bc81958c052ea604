package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.base.Slugs;
import org.hibernate.annotations.Immutable;

/** A static page as one save left it. */
@Entity
@Immutable
public class StaticPageRevision extends BaseEntity {

    @Column(nullable = false)
    private long pageId;

    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug = "";

    @Column(nullable = false, length = Article.TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = Article.BODY_MAX_LENGTH)
    private String body = "";

    @Column(nullable = false)
    private Instant savedAt = Instant.EPOCH;

    @Column(nullable = false, length = 100)
    private String savedBy = "";

    protected StaticPageRevision() {}

    public StaticPageRevision(StaticPage page, Instant savedAt, String savedBy) {
        this.pageId = page.requireId();
        this.slug = page.getSlug();
        this.title = page.getTitle();
        this.body = page.getBody();
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    public long getPageId() {
        return pageId;
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

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }
}

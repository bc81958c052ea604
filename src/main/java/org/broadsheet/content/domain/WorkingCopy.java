package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.base.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * The text someone was typing, saved by the editor every few seconds until they save for real:
 * what a crash or a closed tab would otherwise lose. One per person and article; the article is
 * null for a new one not yet saved.
 */
@Entity
public class WorkingCopy extends BaseEntity {

    @Column(nullable = false, length = 50)
    private String username = "";

    private @Nullable Long articleId;

    /** The article version the text was typed over, to tell whether it is out of date. */
    @Column(nullable = false)
    private long baseVersion;

    @Column(nullable = false, length = Article.TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug = "";

    @Column(length = Article.STANDFIRST_MAX_LENGTH)
    private @Nullable String standfirst;

    @Column(nullable = false, length = Article.BODY_MAX_LENGTH)
    private String body = "";

    @Column(nullable = false)
    private Instant savedAt = Instant.EPOCH;

    protected WorkingCopy() {}

    public WorkingCopy(String username, @Nullable Long articleId) {
        this.username = username;
        this.articleId = articleId;
    }

    public void update(
            long baseVersion, String title, String slug, @Nullable String standfirst, String body, Instant savedAt) {
        this.baseVersion = baseVersion;
        this.title = title;
        this.slug = slug;
        this.standfirst = standfirst;
        this.body = body;
        this.savedAt = savedAt;
    }

    public String getUsername() {
        return username;
    }

    public @Nullable Long getArticleId() {
        return articleId;
    }

    public long getBaseVersion() {
        return baseVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public @Nullable String getStandfirst() {
        return standfirst;
    }

    public String getBody() {
        return body;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}

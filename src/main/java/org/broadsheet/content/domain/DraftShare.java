package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.jspecify.annotations.Nullable;

/** A private preview link to an article: who made it, until when it works, and whether it was revoked. */
@Entity
public class DraftShare extends BaseEntity {

    @Column(nullable = false)
    private long articleId;

    /** SHA-256 of the link's secret, hex. */
    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash = "";

    @Column(nullable = false, length = 50)
    private String createdBy = "";

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    private @Nullable Instant revokedAt;

    protected DraftShare() {}

    public DraftShare(long articleId, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
        this.articleId = articleId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean worksAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public long getArticleId() {
        return articleId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }
}

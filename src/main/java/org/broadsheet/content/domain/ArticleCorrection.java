package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.content.CorrectionKind;
import org.hibernate.annotations.Immutable;

/** A correction or update note on a published article: what was wrong or what changed, and when. */
@Entity
@Immutable
public class ArticleCorrection extends BaseEntity {

    public static final int BODY_MAX_LENGTH = 1000;

    @Column(nullable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CorrectionKind kind = CorrectionKind.CORRECTION;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body = "";

    @Column(nullable = false, length = 50)
    private String writtenBy = "";

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ArticleCorrection() {}

    public ArticleCorrection(long articleId, CorrectionKind kind, String body, String writtenBy, Instant createdAt) {
        this.articleId = articleId;
        this.kind = kind;
        this.body = body;
        this.writtenBy = writtenBy;
        this.createdAt = createdAt;
    }

    public long getArticleId() {
        return articleId;
    }

    public CorrectionKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

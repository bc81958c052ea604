package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.hibernate.annotations.Immutable;

/** A note in the desk's conversation about an article: who, when, what. Never changed. */
@Entity
@Immutable
public class ArticleNote extends BaseEntity {

    public static final int BODY_MAX_LENGTH = 2000;

    /** An ordinary note, or the one an editor sent a draft back to its author with. */
    public enum Kind {
        NOTE,
        SENT_BACK
    }

    @Column(nullable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind = Kind.NOTE;

    @Column(nullable = false, length = 50)
    private String writtenBy = "";

    @Column(nullable = false, length = 100)
    private String writerName = "";

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body = "";

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ArticleNote() {}

    public ArticleNote(long articleId, Kind kind, String writtenBy, String writerName, String body, Instant createdAt) {
        this.articleId = articleId;
        this.kind = kind;
        this.writtenBy = writtenBy;
        this.writerName = writerName;
        this.body = body;
        this.createdAt = createdAt;
    }

    public long getArticleId() {
        return articleId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public String getWriterName() {
        return writerName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

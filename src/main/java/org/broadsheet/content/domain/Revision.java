package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.ArticleStatus;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A snapshot of an article as one save left it. Every save writes one; none is ever changed. */
@Entity
@Immutable
public class Revision extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(nullable = false)
    private long articleVersion;

    @Column(nullable = false, length = Article.TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug = "";

    @Column(length = Article.STANDFIRST_MAX_LENGTH)
    private @Nullable String standfirst;

    @Column(nullable = false, length = Article.BODY_MAX_LENGTH)
    private String body = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(nullable = false)
    private long sectionId;

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false, length = 100)
    private String createdBy = "";

    protected Revision() {
        this.article = new Article();
    }

    public Revision(Article article, Instant createdAt, String createdBy) {
        this.article = article;
        this.articleVersion = article.getVersion();
        this.title = article.getTitle();
        this.slug = article.getSlug();
        this.standfirst = article.getStandfirst();
        this.body = article.getBody();
        this.status = article.getStatus();
        this.sectionId = article.getSectionId();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Article getArticle() {
        return article;
    }

    public long getArticleVersion() {
        return articleVersion;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getStandfirst() {
        return standfirst;
    }

    public String getBody() {
        return body;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

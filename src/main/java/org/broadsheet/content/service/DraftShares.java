package org.broadsheet.content.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.Sha256;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.content.domain.DraftShare;
import org.broadsheet.content.domain.DraftShareRepository;
import org.broadsheet.people.service.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private preview links: an editor lets someone without an account read an article as it will
 * look, through a link that works for seven days or until revoked. The link carries 256 random
 * bits; only their hash is stored, and every visit checks it, so revoking works at once on every
 * node.
 */
@Service
public class DraftShares {

    public static final Duration LIFETIME = Duration.ofDays(7);
    public static final String PATH = "/preview/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A preview link as the desk lists it; its address is only known when it is made. */
    public record Link(long id, String createdBy, Instant createdAt, Instant expiresAt, boolean works) {}

    /** A link just made, with the address to hand out. */
    public record Created(Link link, String path) {}

    private final DraftShareRepository shares;
    private final ArticleRepository articles;
    private final ArticleViews views;
    private final AuditLog audit;
    private final Clock clock;

    DraftShares(
            DraftShareRepository shares, ArticleRepository articles, ArticleViews views, AuditLog audit, Clock clock) {
        this.shares = shares;
        this.articles = articles;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Created create(long articleId) {
        Article article = articles.require(articleId);
        if (article.getDeletedAt() != null) {
            throw new DomainException.Conflict("This article is in the trash; restore it first");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        DraftShare share =
                shares.save(new DraftShare(articleId, Sha256.hex(token), CurrentActor.name(), now, now.plus(LIFETIME)));
        audit.record("article.share", "article:" + articleId, "preview link until " + share.getExpiresAt());
        return new Created(link(share, now), PATH + token);
    }

    /** The article's preview links, newest first, working or not. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Link> of(long articleId) {
        Instant now = clock.instant();
        return shares.findByArticleIdOrderByCreatedAtDesc(articleId).stream()
                .map(s -> link(s, now))
                .toList();
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public void revoke(long shareId) {
        DraftShare share =
                shares.findById(shareId).orElseThrow(() -> new DomainException.NotFound("No such preview link"));
        share.revoke(clock.instant());
        audit.record("article.share-revoked", "article:" + share.getArticleId(), null);
    }

    /** The article as it will look, for whoever holds a working link; empty for any other token. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublishedArticle> open(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return shares.findByTokenHash(Sha256.hex(token))
                .filter(share -> share.worksAt(now))
                .flatMap(share -> articles.findById(share.getArticleId()))
                .filter(article -> article.getDeletedAt() == null)
                .map(article -> views.story(
                        article,
                        article.requireId(),
                        article.getPublishedAt() == null ? now : article.getPublishedAt()));
    }

    private static Link link(DraftShare share, Instant now) {
        return new Link(
                share.requireId(),
                share.getCreatedBy(),
                share.getCreatedAt(),
                share.getExpiresAt(),
                share.worksAt(now));
    }
}

package org.broadsheet.content.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.content.CorrectionKind;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleCorrection;
import org.broadsheet.content.domain.ArticleCorrectionRepository;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.taxonomy.service.SectionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections and updates the editors publish on articles readers have seen: shown at the end of
 * the article with their date, in its structured data, and on the corrections page. Kept as
 * published: a correction is never edited or removed, only followed by another.
 */
@Service
public class ArticleCorrections {

    public static final int MAX_LENGTH = ArticleCorrection.BODY_MAX_LENGTH;

    /** A correction with the article it is on, for the corrections page. */
    public record Listed(Correction correction, String title, String url) {}

    private final ArticleCorrectionRepository corrections;
    private final ArticleRepository articles;
    private final SectionService sections;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleCorrections(
            ArticleCorrectionRepository corrections,
            ArticleRepository articles,
            SectionService sections,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.corrections = corrections;
        this.articles = articles;
        this.sections = sections;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The article's corrections, oldest first. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Correction> of(long articleId) {
        return corrections.findByArticleIdOrderByCreatedAtAscIdAsc(articleId).stream()
                .map(ArticleCorrections::view)
                .toList();
    }

    /** Publishes a correction or update on a published article. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Correction add(long articleId, CorrectionKind kind, String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new DomainException.ValidationFailed("correction", "Write what was corrected or updated");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "correction", "Keep it under " + MAX_LENGTH + " characters (it has " + stripped.length() + ")");
        }
        Article article = articles.require(articleId);
        if (!article.isVisibleToReaders()) {
            throw new DomainException.ValidationFailed(
                    "correction",
                    "Corrections go on published articles; this one is "
                            + article.getStatus().label());
        }
        ArticleCorrection saved = corrections.save(
                new ArticleCorrection(articleId, kind, stripped, CurrentActor.name(), clock.instant()));
        articles.markCorrected(articleId, saved.getCreatedAt());
        audit.record("article." + kind.name().toLowerCase(java.util.Locale.ROOT), "article:" + articleId, stripped);
        events.publishEvent(new PublicContentChanged(
                Set.of(PublicContentChanged.article(articleId), PublicContentChanged.CORRECTIONS)));
        return view(saved);
    }

    /** Corrections on articles readers can see, newest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Slice<Listed> recent(Pageable pageable) {
        Slice<ArticleCorrection> page = corrections.findOnPublished(pageable);
        var tree = sections.tree();
        java.util.Map<Long, Article> shown = new java.util.HashMap<>();
        articles.findAllById(page.getContent().stream()
                        .map(ArticleCorrection::getArticleId)
                        .distinct()
                        .toList())
                .forEach(a -> shown.put(a.requireId(), a));
        List<Listed> listed = new java.util.ArrayList<>();
        for (ArticleCorrection correction : page.getContent()) {
            Article article = shown.get(correction.getArticleId());
            if (article != null) {
                listed.add(new Listed(
                        view(correction),
                        article.getTitle(),
                        ArticleViews.urlIn(tree, article).orElse("")));
            }
        }
        return new SliceImpl<>(listed, page.getPageable(), page.hasNext());
    }

    static Correction view(ArticleCorrection correction) {
        return new Correction(
                correction.requireId(), correction.getKind(), correction.getBody(), correction.getCreatedAt());
    }
}

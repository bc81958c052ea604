package org.broadsheet.content.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.broadsheet.content.ArticleStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
            order by a.publishedAt desc, a.id desc""")
    Slice<Article> findPublished(Pageable pageable);

    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
              and a.sectionId in :sectionIds
            order by a.publishedAt desc, a.id desc""")
    Slice<Article> findPublishedInSections(Collection<Long> sectionIds, Pageable pageable);

    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
              and :authorId member of a.authorIds
            order by a.publishedAt desc, a.id desc""")
    Slice<Article> findPublishedByAuthor(long authorId, Pageable pageable);

    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
              and :tagId member of a.tagIds
            order by a.publishedAt desc, a.id desc""")
    Slice<Article> findPublishedByTag(long tagId, Pageable pageable);

    /** Candidates for "related": the newest published articles of a section, except one. */
    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
              and a.sectionId = :sectionId and a.id <> :exceptId
            order by a.publishedAt desc, a.id desc""")
    List<Article> findPublishedInSectionExcept(long sectionId, long exceptId, Pageable limit);

    /**
     * Candidates for "related": the newest published articles since a time that share a tag,
     * except one. Written with {@code exists} so the database walks the reading-order index and
     * stops after a page, instead of joining and sorting every tagged article.
     */
    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
              and a.id <> :exceptId and a.publishedAt >= :since
              and exists (select 1 from Article b join b.tagIds t where b.id = a.id and t in :tagIds)
            order by a.publishedAt desc, a.id desc""")
    List<Article> findPublishedWithAnyTagExcept(Collection<Long> tagIds, long exceptId, Instant since, Pageable limit);

    @Query("""
            select a from Article a
            where a.deletedAt is null and lower(a.title) like :pattern escape '\\'""")
    Page<Article> findByTitleLike(String pattern, Pageable pageable);

    @Query("select a from Article a where a.sectionId in :sectionIds order by a.id")
    List<Article> findBySectionIdIn(java.util.Collection<Long> sectionIds, Pageable pageable);

    @Query("""
            select min(a.publishedAt) from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null""")
    java.time.@org.jspecify.annotations.Nullable Instant firstPublishedAt();

    @Query("""
            select a.sectionId as sectionId, a.slug as slug, a.updatedAt as updatedAt from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
            order by a.id""")
    Slice<SitemapRow> findSitemapRows(Pageable pageable);

    @Query("""
            select count(a) from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null""")
    long countPublished();

    Optional<Article> findBySectionIdAndSlug(long sectionId, String slug);

    /** The article, or the domain's "not found" that the desk and the site know how to show. */
    default Article require(long id) {
        return findById(id).orElseThrow(() -> new org.broadsheet.base.DomainException.NotFound("No article " + id));
    }

    Page<Article> findByDeletedAtIsNull(Pageable pageable);

    long countByDeletedAtIsNull();

    Page<Article> findByDeletedAtIsNotNull(Pageable pageable);

    long countByDeletedAtIsNotNull();

    long countBySectionId(long sectionId);

    @Query("select a.id from Article a where a.sectionId = :sectionId and a.deletedAt is null order by a.id")
    List<Long> findIdsInSection(long sectionId);

    @Query("select a from Article a where :tagId member of a.tagIds order by a.id")
    List<Article> findAllTagged(long tagId);

    @Query("select a from Article a where :authorId member of a.authorIds order by a.id")
    List<Article> findByAuthor(long authorId, Pageable pageable);

    @Query("select a from Article a where :tagId member of a.tagIds order by a.id")
    List<Article> findByTag(long tagId, Pageable pageable);

    @Query("select a from Article a where :articleId member of a.pinnedRelatedIds")
    List<Article> findPinning(long articleId);

    /** Scheduled articles whose time has come, oldest first: the schedule's work list. */
    @Query("""
            select a.id from Article a
            where a.status = org.broadsheet.content.ArticleStatus.SCHEDULED and a.deletedAt is null
              and a.scheduledAt <= :now
            order by a.scheduledAt, a.id""")
    List<Long> findDueIds(Instant now, Pageable limit);

    @Query("select a.status as status, count(a) as count from Article a where a.deletedAt is null group by a.status")
    List<StatusCount> countByStatus();

    interface SitemapRow {
        long getSectionId();

        String getSlug();

        Instant getUpdatedAt();
    }

    interface StatusCount {
        ArticleStatus getStatus();

        long getCount();
    }
}

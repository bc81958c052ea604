package org.broadsheet.content.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.broadsheet.content.ArticleStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository
        extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article>, ArticleListings {

    @Query("""
            select a from Article a
            where a.deletedAt is null and lower(a.title) like :pattern escape '\\'""")
    Page<Article> findByTitleLike(String pattern, Pageable pageable);

    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
              and lower(a.title) like :pattern escape '\\'
            order by a.publishedAt desc, a.id desc""")
    List<Article> findPublishedByTitleLike(String pattern, Pageable pageable);

    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
              and a.sectionId in :sectionIds and lower(a.title) like :pattern escape '\\'
            order by a.publishedAt desc, a.id desc""")
    List<Article> findPublishedInSectionsByTitleLike(
            String pattern, java.util.Collection<Long> sectionIds, Pageable pageable);

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

    @Query("select a from Article a join a.tagListings t where t.tagId = :tagId order by a.id")
    List<Article> findAllTagged(long tagId);

    @Query("select a from Article a join a.bylineListings b where b.authorId = :authorId order by a.id")
    List<Article> findByAuthor(long authorId, Pageable pageable);

    @Query("select a from Article a join a.tagListings t where t.tagId = :tagId order by a.id")
    List<Article> findByTag(long tagId, Pageable pageable);

    /** Articles showing a picture: as featured picture, or in the body ({@code address} is {@code %/media/{id}/%}). */
    @Query("""
            select a.title from Article a
            where a.featuredImage.mediaId = :mediaId or a.body like :address
            order by a.title""")
    List<String> findTitlesShowing(long mediaId, String address);

    @Query("select a.body from Article a where a.body like '%/media/%'")
    List<String> findBodiesWithPictures();

    @Query("select distinct a.featuredImage.mediaId from Article a where a.featuredImage.mediaId is not null")
    List<Long> findFeaturedMediaIds();

    @Query("select a from Article a where a.featuredImage.mediaId = :mediaId or a.body like :address")
    List<Article> findShowing(long mediaId, String address);

    @Query("select a from Article a where :articleId member of a.pinnedRelatedIds")
    List<Article> findPinning(long articleId);

    /** Scheduled articles whose time has come, oldest first: the schedule's work list. */
    @Query("""
            select a.id from Article a
            where a.status = org.broadsheet.content.ArticleStatus.SCHEDULED and a.deletedAt is null
              and a.scheduledAt <= :now
            order by a.scheduledAt, a.id""")
    List<Long> findDueIds(Instant now, Pageable limit);

    /**
     * Marks the article as corrected without counting as an edit: its version stays, so an editor
     * with the article open is not told someone else saved it.
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Article a set a.correctedAt = :at where a.id = :id")
    int markCorrected(long id, Instant at);

    /** Published articles whose time to leave the site has come, oldest first. */
    @Query("""
            select a.id from Article a
            where a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
              and a.unpublishAt <= :now
            order by a.unpublishAt, a.id""")
    List<Long> findExpiredIds(Instant now, Pageable limit);

    /** When the article once at this address left the site, if it did. */
    @Query("""
            select a.withdrawnAt from Article a
            where a.sectionId = :sectionId and a.slug = :slug and a.withdrawnAt is not null
              and (a.status <> org.broadsheet.content.ArticleStatus.PUBLISHED or a.deletedAt is not null)""")
    Optional<Instant> findWithdrawnAt(long sectionId, String slug);

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

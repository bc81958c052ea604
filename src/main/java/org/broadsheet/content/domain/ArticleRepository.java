package org.broadsheet.content.domain;

import org.broadsheet.content.service.ArticleStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.service.ArticleStatus.PUBLISHED and a.deletedAt is null
            order by a.publishedAt desc, a.id desc""")
    Page<Article> findPublished(Pageable pageable);

    @Query("""
            select a from Article a
            where a.status = org.broadsheet.content.service.ArticleStatus.PUBLISHED and a.deletedAt is null
              and a.sectionId in :sectionIds
            order by a.publishedAt desc, a.id desc""")
    Page<Article> findPublishedInSections(Collection<Long> sectionIds, Pageable pageable);

    Optional<Article> findBySectionIdAndSlug(long sectionId, String slug);

    Page<Article> findByDeletedAtIsNull(Pageable pageable);

    long countByDeletedAtIsNull();

    @Query("select a.status as status, count(a) as count from Article a where a.deletedAt is null group by a.status")
    List<StatusCount> countByStatus();

    interface StatusCount {
        ArticleStatus getStatus();

        long getCount();
    }
}

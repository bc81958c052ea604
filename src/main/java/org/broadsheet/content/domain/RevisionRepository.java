package org.broadsheet.content.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByArticleIdOrderByCreatedAtDesc(long articleId);

    long countByArticleId(long articleId);

    /** The revision list without the texts: an article may have hundreds. */
    @Query("""
            select r.id as id, r.createdAt as createdAt, r.createdBy as createdBy, r.status as status,
                   r.title as title
            from Revision r where r.article.id = :articleId order by r.createdAt desc, r.id desc""")
    List<RevisionRow> findRows(long articleId);

    interface RevisionRow {
        long getId();

        java.time.Instant getCreatedAt();

        String getCreatedBy();

        org.broadsheet.content.ArticleStatus getStatus();

        String getTitle();
    }
}

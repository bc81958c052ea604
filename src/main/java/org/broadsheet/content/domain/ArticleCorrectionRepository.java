package org.broadsheet.content.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleCorrectionRepository extends JpaRepository<ArticleCorrection, Long> {

    List<ArticleCorrection> findByArticleIdOrderByCreatedAtAscIdAsc(long articleId);

    /** Corrections on articles readers can see, newest first: the corrections page. */
    @Query("""
            select c from ArticleCorrection c, Article a
            where a.id = c.articleId
              and a.status = org.broadsheet.content.ArticleStatus.PUBLISHED and a.deletedAt is null
            order by c.createdAt desc, c.id desc""")
    Slice<ArticleCorrection> findOnPublished(Pageable pageable);
}

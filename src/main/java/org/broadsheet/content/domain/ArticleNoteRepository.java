package org.broadsheet.content.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleNoteRepository extends JpaRepository<ArticleNote, Long> {

    List<ArticleNote> findByArticleIdOrderByCreatedAtAscIdAsc(long articleId);

    /** Notes of a kind on articles of a status that carry an author's byline, newest first. */
    @Query("""
            select n from ArticleNote n, Article a join a.bylineListings b
            where a.id = n.articleId and b.authorId = :authorId and n.kind = :kind and a.status = :status
              and a.deletedAt is null
            order by n.createdAt desc, n.id desc""")
    List<ArticleNote> findOnBylinedArticles(
            long authorId, ArticleNote.Kind kind, org.broadsheet.content.ArticleStatus status, Pageable pageable);
}

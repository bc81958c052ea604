package org.broadsheet.content.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleNoteRepository extends JpaRepository<ArticleNote, Long> {

    List<ArticleNote> findByArticleIdOrderByCreatedAtAscIdAsc(long articleId);
}

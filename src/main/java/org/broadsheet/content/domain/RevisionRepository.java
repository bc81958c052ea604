package org.broadsheet.content.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByArticleIdOrderByCreatedAtDesc(long articleId);

    long countByArticleId(long articleId);
}

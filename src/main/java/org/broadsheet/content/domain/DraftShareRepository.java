package org.broadsheet.content.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftShareRepository extends JpaRepository<DraftShare, Long> {

    Optional<DraftShare> findByTokenHash(String tokenHash);

    List<DraftShare> findByArticleIdOrderByCreatedAtDesc(long articleId);
}

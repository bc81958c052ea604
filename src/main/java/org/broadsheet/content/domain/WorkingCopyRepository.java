package org.broadsheet.content.domain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkingCopyRepository extends JpaRepository<WorkingCopy, Long> {

    /** Written with {@code is not distinct from} semantics by hand: a new article's copy has no article id. */
    @Query("""
            select w from WorkingCopy w where w.username = :username
              and ((:articleId is null and w.articleId is null) or w.articleId = :articleId)""")
    Optional<WorkingCopy> findMine(String username, @Nullable Long articleId);
}

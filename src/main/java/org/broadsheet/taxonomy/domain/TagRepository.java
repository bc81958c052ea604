package org.broadsheet.taxonomy.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findBySlug(String slug);

    @org.springframework.data.jpa.repository.Query("select t from Tag t where lower(t.name) like :pattern escape '\\'")
    org.springframework.data.domain.Page<Tag> findByNameLike(
            String pattern, org.springframework.data.domain.Pageable pageable);
}

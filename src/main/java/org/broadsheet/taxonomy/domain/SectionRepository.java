package org.broadsheet.taxonomy.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectionRepository extends JpaRepository<Section, Long> {

    Optional<Section> findByPath(String path);

    List<Section> findAllByOrderByPathAsc();

    List<Section> findByPathStartingWith(String prefix);
}

package org.broadsheet.content.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaticPageRevisionRepository extends JpaRepository<StaticPageRevision, Long> {

    List<StaticPageRevision> findByPageIdOrderBySavedAtDescIdDesc(long pageId);
}

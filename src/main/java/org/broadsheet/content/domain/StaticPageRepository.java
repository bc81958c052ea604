package org.broadsheet.content.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaticPageRepository extends JpaRepository<StaticPage, Long> {

    Optional<StaticPage> findBySlug(String slug);

    /** The desk's list: pages outside the trash, by title. */
    java.util.List<StaticPage> findByDeletedAtIsNullOrderByTitleAsc();

    /** The trash's pages, most recently binned first. */
    java.util.List<StaticPage> findByDeletedAtIsNotNullOrderByDeletedAtDesc();
}

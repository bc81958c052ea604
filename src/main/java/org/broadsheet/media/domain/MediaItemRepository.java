package org.broadsheet.media.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MediaItemRepository extends JpaRepository<MediaItem, Long> {

    /** Newest first; {@code pattern} is a lower-case LIKE pattern over file name, description, caption and credit. */
    @Query("""
            select m from MediaItem m
            where lower(m.fileName) like :pattern escape '\\'
               or lower(coalesce(m.description, '')) like :pattern escape '\\'
               or lower(coalesce(m.caption, '')) like :pattern escape '\\'
               or lower(coalesce(m.credit, '')) like :pattern escape '\\'
            order by m.createdAt desc, m.id desc""")
    Page<MediaItem> search(String pattern, Pageable pageable);
}

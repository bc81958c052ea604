package org.broadsheet.media.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface MediaItemRepository extends JpaRepository<MediaItem, Long>, JpaSpecificationExecutor<MediaItem> {

    /**
     * These pictures, in no order. A query string Hibernate plans once, where {@code findAllById}
     * builds a criteria query on every call: a page of teasers asks for its pictures on every
     * render. Not to be called with no ids.
     */
    @Query("select m from MediaItem m where m.id in :ids")
    List<MediaItem> findWithIds(Collection<Long> ids);
}

package org.broadsheet.site.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteMenuRepository extends JpaRepository<SiteMenu, Long> {

    Optional<SiteMenu> findByName(String name);

    /** A menu's entries in their order, read in one statement: none for a menu never arranged. */
    @org.springframework.data.jpa.repository.Query(
            "select i from SiteMenu m join m.items i where m.name = :name order by index(i)")
    java.util.List<SiteMenuItem> findItems(String name);
}

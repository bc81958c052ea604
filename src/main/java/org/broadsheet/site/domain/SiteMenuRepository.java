package org.broadsheet.site.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteMenuRepository extends JpaRepository<SiteMenu, Long> {

    Optional<SiteMenu> findByName(String name);
}

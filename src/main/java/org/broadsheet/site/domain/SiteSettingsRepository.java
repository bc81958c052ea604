package org.broadsheet.site.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SiteSettingsRepository extends JpaRepository<SiteSettings, Long> {

    /** Sets the public address only if none is set yet: the first of two racing requests wins. */
    @Modifying
    @Query("update SiteSettings s set s.publicUrl = :url where s.id = :id and s.publicUrl is null")
    int adoptPublicUrl(@Param("id") long id, @Param("url") String url);
}

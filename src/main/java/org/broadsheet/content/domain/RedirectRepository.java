package org.broadsheet.content.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RedirectRepository extends JpaRepository<Redirect, Long> {

    Optional<Redirect> findByOldPath(String oldPath);

    /** Redirects from any of these paths to a section: one query for all prefixes of a path. */
    List<Redirect> findByOldPathInAndSectionIdIsNotNull(Collection<String> oldPaths);

    /** The newest redirect of an article that once had this slug in this section. */
    Optional<Redirect> findFirstByOldSectionIdAndOldSlugOrderByIdDesc(long oldSectionId, String oldSlug);

    void deleteByOldPath(String oldPath);
}

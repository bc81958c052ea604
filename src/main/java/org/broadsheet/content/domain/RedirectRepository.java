package org.broadsheet.content.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RedirectRepository extends JpaRepository<Redirect, Long> {

    Optional<Redirect> findByOldPath(String oldPath);
}

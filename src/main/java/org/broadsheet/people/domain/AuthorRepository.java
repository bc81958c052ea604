package org.broadsheet.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthorRepository extends JpaRepository<Author, Long> {

    Optional<Author> findBySlug(String slug);

    Optional<Author> findByUserUsername(String username);

    Optional<Author> findByUserId(long userId);

    List<Author> findByPhotoUrlStartingWith(String prefix);
}

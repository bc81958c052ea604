package org.broadsheet.portability.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportedItemRepository extends JpaRepository<ImportedItem, Long> {

    Optional<ImportedItem> findBySourceAndKindAndSourceKey(String source, String kind, String sourceKey);
}

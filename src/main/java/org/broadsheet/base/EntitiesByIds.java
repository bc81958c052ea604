package org.broadsheet.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;

/**
 * Reads a handful of entities by id on a page's render (the pictures it shows) with
 * Hibernate's multi-load: one statement taking the ids as one array, built once per entity. A query
 * with {@code id in :ids} is translated to SQL anew on every call, since its SQL depends on how
 * many ids it gets; on an article page that translation cost more than running the statement.
 */
@Component
public class EntitiesByIds {

    private final EntityManager entityManager;

    // the factory, not an EntityManager bean: the web server's filters reach this one early
    EntitiesByIds(EntityManagerFactory factory) {
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(factory);
    }

    /** Those of these entities that exist, in no particular order; call inside a transaction. */
    public <T> List<T> read(Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager
                .unwrap(Session.class)
                .findMultiple(type, ids.stream().distinct().toList())
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }
}

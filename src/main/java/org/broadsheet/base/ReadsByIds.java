package org.broadsheet.base;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * Reads a handful of rows by id on a page's render (its related articles, its pictures): one query
 * string per entity, which Hibernate plans once, where {@code findAllById} builds a criteria query
 * on every call.
 */
@NoRepositoryBean
public interface ReadsByIds<T> {

    /** These rows, in no order. Not to be called with no ids. */
    @Query("select e from #{#entityName} e where e.id in :ids")
    List<T> findWithIds(Collection<Long> ids);
}

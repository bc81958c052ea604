package org.broadsheet.base;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This running instance among the nodes of a site: the id it writes beside what it shares through
 * the database (the change feed, desk presence, reindex requests), so it can tell its own rows from
 * the others'. New at every start, so a restarted node never takes a dead run's rows for its own.
 */
@Component
public class ThisNode {

    private final String id = UUID.randomUUID().toString();

    public String id() {
        return id;
    }
}

package org.broadsheet.search.service;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Readiness: the search index answers (a rebuild in progress still serves what it has). */
@Component
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private final SearchIndexService index;

    SearchIndexHealthIndicator(SearchIndexService index) {
        this.index = index;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("articles", index.documentsNow()).withDetail("rebuilding", index.rebuildingNow());
    }
}

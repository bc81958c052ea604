package org.broadsheet.media.service;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Readiness: pictures can be stored (an upload would fail otherwise). */
@Component
class MediaStoreHealthIndicator extends AbstractHealthIndicator {

    private final MediaStore store;

    MediaStoreHealthIndicator(MediaStore store) {
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (store.writable()) {
            builder.up();
        } else {
            builder.down().withDetail("reason", "the media store cannot be written");
        }
    }
}

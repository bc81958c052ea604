package org.broadsheet.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** One stored menu entry; {@code kind} is a {@link org.broadsheet.site.service.MenuEntry.Kind}. */
@Embeddable
public record SiteMenuItem(
        @Column(name = "label", nullable = false, length = 60)
        String label,

        @Column(name = "kind", nullable = false, length = 20)
        String kind,

        @Column(name = "target_id") @Nullable Long targetId,
        @Column(name = "url", length = 500) @Nullable String url,
        @Column(name = "child", nullable = false) boolean child) {}

package org.broadsheet.content.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.content.FrontPick;
import org.jspecify.annotations.Nullable;

/**
 * The stories the editors placed on the home page or on a section's page, in order (the first
 * leads), and an arrangement waiting for its time. Versioned: two editors arranging the same
 * front at once get a conflict, not a silent overwrite.
 */
@Entity
public class Front extends BaseEntity {

    public static final String HOME = "home";

    @Column(nullable = false, unique = true, length = 40)
    private String frontKey = HOME;

    @ElementCollection
    @CollectionTable(name = "front_slot", joinColumns = @JoinColumn(name = "front_id"))
    @OrderColumn(name = "position")
    private List<FrontPick> slots = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "front_scheduled_slot", joinColumns = @JoinColumn(name = "front_id"))
    @OrderColumn(name = "position")
    private List<FrontPick> scheduledSlots = new ArrayList<>();

    private @Nullable Instant scheduledAt;

    @Column(nullable = false, length = 50)
    private String updatedBy = "";

    @Column(nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected Front() {}

    public Front(String frontKey) {
        this.frontKey = frontKey;
    }

    /** The key of a section's front; {@link #HOME} is the home page's. */
    public static String keyOf(@Nullable Long sectionId) {
        return sectionId == null ? HOME : "section:" + sectionId;
    }

    /** The section whose front this is; null for the home page. */
    public @Nullable Long sectionId() {
        return frontKey.startsWith("section:") ? Long.valueOf(frontKey.substring(8)) : null;
    }

    public String getFrontKey() {
        return frontKey;
    }

    /** The stories shown now, leading one first (a story deleted for good leaves no gap). */
    public List<FrontPick> getSlots() {
        return slots.stream().filter(Objects::nonNull).toList();
    }

    public List<FrontPick> getScheduledSlots() {
        return scheduledSlots.stream().filter(Objects::nonNull).toList();
    }

    public @Nullable Instant getScheduledAt() {
        return scheduledAt;
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void arrange(List<FrontPick> picks, String by, Instant at) {
        slots.clear();
        slots.addAll(picks);
        touched(by, at);
    }

    public void schedule(List<FrontPick> picks, Instant due, String by, Instant at) {
        scheduledSlots.clear();
        scheduledSlots.addAll(picks);
        scheduledAt = due;
        touched(by, at);
    }

    public void cancelSchedule(String by, Instant at) {
        scheduledSlots.clear();
        scheduledAt = null;
        touched(by, at);
    }

    /** The scheduled arrangement becomes the front. */
    public void publishScheduled(String by, Instant at) {
        arrange(getScheduledSlots(), by, at);
        scheduledSlots.clear();
        scheduledAt = null;
    }

    private void touched(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }
}

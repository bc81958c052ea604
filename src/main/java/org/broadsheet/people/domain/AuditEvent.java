package org.broadsheet.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of the append-only audit log: who did what to which thing, when, from where. */
@Entity
@Immutable
public class AuditEvent extends BaseEntity {

    public static final int DETAILS_MAX_LENGTH = 2000;

    @Column(nullable = false, length = 100)
    private String actor = "";

    @Column(nullable = false, length = 60)
    private String action = "";

    @Column(length = 200)
    private @Nullable String target;

    @Column(nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(length = 64)
    private @Nullable String ip;

    @Column(length = DETAILS_MAX_LENGTH)
    private @Nullable String details;

    protected AuditEvent() {}

    public AuditEvent(
            String actor,
            String action,
            @Nullable String target,
            Instant occurredAt,
            @Nullable String ip,
            @Nullable String details) {
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.occurredAt = occurredAt;
        this.ip = ip;
        this.details = details == null || details.length() <= DETAILS_MAX_LENGTH
                ? details
                : details.substring(0, DETAILS_MAX_LENGTH);
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable String getIp() {
        return ip;
    }

    public @Nullable String getDetails() {
        return details;
    }
}

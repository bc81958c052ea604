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

    public static final int ACTOR_MAX_LENGTH = 100;
    public static final int TARGET_MAX_LENGTH = 200;
    public static final int DETAILS_MAX_LENGTH = 2000;

    @Column(nullable = false, length = ACTOR_MAX_LENGTH)
    private String actor = "";

    @Column(nullable = false, length = 60)
    private String action = "";

    @Column(length = TARGET_MAX_LENGTH)
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
        // what a visitor typed (a username at the login) can be longer than any real one
        this.actor = clip(actor, ACTOR_MAX_LENGTH);
        this.action = action;
        this.target = target == null ? null : clip(target, TARGET_MAX_LENGTH);
        this.occurredAt = occurredAt;
        this.ip = ip;
        this.details = details == null ? null : clip(details, DETAILS_MAX_LENGTH);
    }

    private static String clip(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
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

package org.broadsheet.people.service;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.people.domain.AuditEvent;
import org.broadsheet.people.domain.AuditEventRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes the append-only audit log, in the caller's transaction so a rolled-back change leaves no line. */
@Component
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action by whoever is authenticated now. */
    @Transactional
    public void record(String action, @Nullable String target, @Nullable String details) {
        recordAs(CurrentActor.name(), action, target, details);
    }

    /** Records an action for a named actor, e.g. a failed login where nobody is authenticated. */
    @Transactional
    public void recordAs(String actor, String action, @Nullable String target, @Nullable String details) {
        events.save(new AuditEvent(actor, action, target, clock.instant(), currentIp(), details));
    }

    /** The client's address: the socket's, or the one a trusted proxy reported (see TrustedProxies). */
    static @Nullable String currentIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

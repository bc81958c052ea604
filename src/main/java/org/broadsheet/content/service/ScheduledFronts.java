package org.broadsheet.content.service;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.domain.FrontRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts scheduled front arrangements on the site when their time comes, on the same timer and under
 * the same kind of one-runner lock as scheduled articles; the front's version keeps two runners from
 * both applying one.
 */
@Component
public class ScheduledFronts {

    private static final Logger log = LoggerFactory.getLogger(ScheduledFronts.class);

    private final FrontRepository fronts;
    private final FrontService service;
    private final Clock clock;

    ScheduledFronts(FrontRepository fronts, FrontService service, Clock clock) {
        this.fronts = fronts;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${broadsheet.schedule-interval:PT20S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "publish-scheduled-fronts", lockAtMostFor = "PT10M")
    void onTimer() {
        publishDue();
    }

    /** Publishes every front arrangement due by now; how many this call published. */
    public int publishDue() {
        return SystemActor.call(() -> {
            int published = 0;
            for (long id : fronts.findDueIds(clock.instant())) {
                try {
                    if (service.publishIfDue(id)) {
                        published++;
                        log.info("Published the scheduled arrangement of front {}", id);
                    }
                } catch (ConcurrencyFailureException e) {
                    // an editor, or another node, changed it first
                }
            }
            return published;
        });
    }
}

package org.broadsheet.desk.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.broadsheet.base.ThisNode;
import org.broadsheet.desk.live.EditingPresence.Visit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries desk presence between the nodes of a site through the database they share: each node
 * writes the tabs open on it to {@code desk_presence} when they change (and every few seconds, so
 * the others know it is alive) and reads the other nodes' tabs twice a second. A node that dies is
 * forgotten half a minute after its last report; one that stops cleanly takes its rows along.
 */
@Component
class PresenceBoard {

    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Duration FORGOTTEN_AFTER = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EditingPresence presence;
    private final Clock clock;
    private final boolean enabled;
    private final ApplicationContext context;
    private final String node;
    private long reported = -1;
    private Instant reportedAt = Instant.EPOCH;

    PresenceBoard(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            EditingPresence presence,
            Clock clock,
            ApplicationContext context,
            ThisNode node,
            @Value("${broadsheet.change-feed.enabled:true}") boolean enabled) {
        this.context = context;
        this.node = node.id();
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.presence = presence;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${broadsheet.change-feed.presence-poll:PT0.5S}", initialDelayString = "PT1S")
    synchronized void exchange() {
        if (!enabled) {
            return;
        }
        Instant now = clock.instant();
        long changes = presence.changesHere();
        if (changes != reported || now.isAfter(reportedAt.plus(HEARTBEAT))) {
            report(presence.here(), now);
            reported = changes;
            reportedAt = now;
        }
        presence.elsewhereNow(jdbc.query(
                "select tab, username, display_name, article_id, article_title, since from desk_presence"
                        + " where node <> ? and seen_at > ?",
                PresenceBoard::visit,
                node,
                at(now.minus(FORGOTTEN_AFTER))));
    }

    private void report(List<Visit> here, Instant now) {
        transactions.executeWithoutResult(tx -> {
            jdbc.update("delete from desk_presence where node = ?", node);
            jdbc.batchUpdate(
                    "insert into desk_presence (tab, node, username, display_name, article_id, article_title,"
                            + " since, seen_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    here.stream()
                            .map(v -> new Object[] {
                                v.tab(),
                                node,
                                v.username(),
                                v.displayName(),
                                v.articleId(),
                                v.articleTitle(),
                                at(v.since()),
                                at(now)
                            })
                            .toList());
        });
    }

    /** Rows of nodes that died long ago. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetDeadNodes() {
        if (enabled) {
            jdbc.update(
                    "delete from desk_presence where seen_at < ?",
                    at(clock.instant().minus(Duration.ofHours(1))));
        }
    }

    @EventListener
    void leave(ContextClosedEvent closed) {
        // once: the management port's own context closes too, and its event reaches this one
        if (enabled && closed.getApplicationContext() == context) {
            jdbc.update("delete from desk_presence where node = ?", node);
        }
    }

    private static Visit visit(ResultSet row, int number) throws SQLException {
        return new Visit(
                row.getString("tab"),
                row.getString("username"),
                row.getString("display_name"),
                row.getObject("article_id", Long.class),
                row.getString("article_title"),
                row.getObject("since", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package org.broadsheet.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every node of a site what changed for readers, through the database they share. A change
 * is written to {@code change_feed} in the transaction that makes it (so it is there exactly when
 * the change is, and survives any crash after the commit); each node polls the table a few times a
 * second and publishes the other nodes' changes locally as {@link PublicContentChanged} (so its
 * page cache and kept values drop them as if the change had been made here) and
 * {@link DeskContentChanged} (so its open desks refresh their lists).
 */
@Component
public class ChangeFeed {

    /**
     * Ids are taken at insert but become visible at commit, so a slow transaction's row may appear
     * below rows already read: each poll looks this far back and skips what it has seen.
     */
    private static final int LOOK_BACK = 1000;

    private static final int MAX_KEYS_LENGTH = 4000;

    private static final ThreadLocal<Boolean> APPLYING = ThreadLocal.withInitial(() -> false);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final boolean enabled;
    private final String node;
    private final Set<Long> seen = new LinkedHashSet<>();
    private long since = -1;

    ChangeFeed(
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            ThisNode node,
            @Value("${broadsheet.change-feed.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.node = node.id();
        this.events = events;
        this.enabled = enabled;
    }

    /** This node's change, for the others: written before the change commits, with it. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void record(PublicContentChanged change) {
        String keys = String.join(",", change.keys());
        write(keys.length() > MAX_KEYS_LENGTH ? PublicContentChanged.EVERYTHING : keys);
    }

    /** This node's change to what the desk lists, for the others' open desks. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void record(DeskContentChanged change) {
        write(DeskContentChanged.KEY);
    }

    private void write(String keys) {
        if (enabled && !APPLYING.get()) {
            jdbc.update(
                    "insert into change_feed (node, change_keys, created_at) values (?, ?, current_timestamp)",
                    node,
                    keys);
        }
    }

    /** The other nodes' changes since the last poll, applied here. */
    @Scheduled(fixedDelayString = "${broadsheet.change-feed.poll:PT0.25S}", initialDelayString = "PT1S")
    synchronized void poll() {
        if (!enabled) {
            return;
        }
        if (since < 0) {
            Long newest = jdbc.queryForObject("select max(id) from change_feed", Long.class);
            since = newest == null ? 0 : newest;
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(
                "select id, node, change_keys from change_feed where id > ? order by id",
                rs -> {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                },
                since - LOOK_BACK);
        for (Object[] row : rows) {
            long id = (Long) row[0];
            if (!seen.add(id)) {
                continue;
            }
            since = Math.max(since, id);
            if (!node.equals(row[1])) {
                apply(Set.copyOf(Arrays.asList(((String) row[2]).split(","))));
            }
        }
        while (seen.size() > 4 * LOOK_BACK) {
            seen.remove(seen.iterator().next());
        }
    }

    /** A row an hour old has been heard by every node that was running. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOld() {
        if (enabled) {
            jdbc.update(
                    "delete from change_feed where created_at < ?",
                    java.time.OffsetDateTime.now().minusHours(1));
        }
    }

    private void apply(Set<String> keys) {
        APPLYING.set(true);
        try {
            Set<String> forReaders = new HashSet<>(keys);
            if (forReaders.remove(DeskContentChanged.KEY)) {
                events.publishEvent(new DeskContentChanged());
            }
            if (!forReaders.isEmpty()) {
                events.publishEvent(new PublicContentChanged(forReaders));
            }
        } finally {
            APPLYING.set(false);
        }
    }
}

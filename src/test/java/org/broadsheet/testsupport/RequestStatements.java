package org.broadsheet.testsupport;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements prepared on the web server's request threads, so a test can say what
 * a page costs. Hibernate's own statistics count every thread, and the scheduler or an indexing
 * worker may prepare a statement at any moment during a request. Registered for every
 * {@link BroadsheetWebTest} context; tests in one JVM run one after another, so one counter serves.
 */
public final class RequestStatements implements StatementInspector {

    private static final AtomicLong COUNT = new AtomicLong();

    /** Zero, then counting again. */
    public static void reset() {
        COUNT.set(0);
    }

    /** Statements prepared on request threads since the last {@link #reset()}. */
    public static long count() {
        return COUNT.get();
    }

    @Override
    public String inspect(String sql) {
        // Tomcat names its workers http-nio-<port>-exec-<n>
        if (Thread.currentThread().getName().startsWith("http-")) {
            COUNT.incrementAndGet();
        }
        return sql;
    }
}

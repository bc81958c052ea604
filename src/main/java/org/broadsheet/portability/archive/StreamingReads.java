package org.broadsheet.portability.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a connection hand a big result over row by row. PostgreSQL does so inside a transaction
 * with a fetch size; H2 otherwise gathers a whole result first (in memory, up to a limit that grows
 * with the heap), so its lazy execution is turned on for the connection until this is closed.
 */
public final class StreamingReads implements AutoCloseable {

    private final Connection connection;
    private final boolean h2;

    private StreamingReads(Connection connection, boolean h2) {
        this.connection = connection;
        this.h2 = h2;
    }

    public static StreamingReads on(Connection connection) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
        if (h2) {
            set(connection, "TRUE");
        }
        return new StreamingReads(connection, h2);
    }

    /** The connection goes back to the pool as it came. */
    @Override
    public void close() throws SQLException {
        if (h2) {
            set(connection, "FALSE");
        }
    }

    private static void set(Connection connection, String value) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + value);
        }
    }
}

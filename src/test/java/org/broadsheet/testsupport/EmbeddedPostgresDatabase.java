package org.broadsheet.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server per test JVM, started on first use and stopped at exit. Each
 * Spring context asks for a database of its own name, so contexts never see each other's rows.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;
    private static final Set<String> created = new HashSet<>();

    private EmbeddedPostgresDatabase() {}

    public static void register(DynamicPropertyRegistry registry, String database) {
        String url = jdbcUrl(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        // at exit the server stops beside the contexts still closing; work they do on the way out
        // (presence rows, the last autosave) then fails in seconds instead of waiting Hikari's 30
        registry.add("spring.datasource.hikari.connection-timeout", () -> "5000");
    }

    /** The address of a database of its own, created on first use; user and password are "postgres". */
    public static String jdbcUrl(String database) {
        return startedWith(database).getJdbcUrl("postgres", database);
    }

    private static synchronized EmbeddedPostgres startedWith(String database) {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDatabase::stop));
            }
            if (created.add(database)) {
                try (Connection c = server.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("create database " + database);
                }
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // the JVM is exiting; the data directory is temporary
        }
    }
}

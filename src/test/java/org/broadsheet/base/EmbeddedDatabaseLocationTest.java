package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseLocationTest {

    private final EmbeddedDatabaseLocation location = new EmbeddedDatabaseLocation();

    @Test
    void relativeDataDirectoriesBecomeAbsoluteSoH2AcceptsThem() {
        MockEnvironment environment = new MockEnvironment().withProperty("broadsheet.data-dir", "bench/data");
        location.postProcessEnvironment(environment, new SpringApplication());
        String expected =
                Path.of("bench/data").toAbsolutePath().resolve("broadsheet").toString();
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + expected + EmbeddedDatabaseLocation.SETTINGS);
    }

    @Test
    void theDefaultIsTheDataFolderOfTheWorkingDirectory() {
        MockEnvironment environment = new MockEnvironment();
        location.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("broadsheet")
                        + EmbeddedDatabaseLocation.SETTINGS);
    }

    @Test
    void theDatabaseStaysOpenForWritesMadeWhileTheProcessShutsDown(@TempDir Path dir) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        WritesWhileShuttingDown.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabaseLocation.h2Url(dir), "sa", "");
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from written_at_exit")) {
            rows.next();
            assertThat(rows.getInt(1)).as(output).isEqualTo(1);
        }
    }

    /** Stands for the application's shutdown: it writes after the JVM began to exit. */
    static final class WritesWhileShuttingDown {
        public static void main(String[] args) throws Exception {
            Connection connection =
                    DriverManager.getConnection(EmbeddedDatabaseLocation.h2Url(Path.of(args[0])), "sa", "");
            connection.createStatement().execute("create table written_at_exit (id int)");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(500); // the JVM runs hooks at once: let H2's own hook go first
                    connection.createStatement().execute("insert into written_at_exit values (1)");
                    connection.close();
                } catch (Exception e) {
                    e.printStackTrace();
                    Runtime.getRuntime().halt(3);
                }
            }));
            System.exit(0);
        }
    }

    @Test
    void aConfiguredDatabaseIsLeftAlone() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/broadsheet");
        location.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/broadsheet");
    }
}

package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
                .isEqualTo("jdbc:h2:file:" + expected + ";QUERY_CACHE_SIZE=128");
    }

    @Test
    void theDefaultIsTheDataFolderOfTheWorkingDirectory() {
        MockEnvironment environment = new MockEnvironment();
        location.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("broadsheet")
                        + ";QUERY_CACHE_SIZE=128");
    }

    @Test
    void aConfiguredDatabaseIsLeftAlone() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/broadsheet");
        location.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/broadsheet");
    }
}

package org.broadsheet.base;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the embedded H2 database under {@code broadsheet.data-dir} unless a datasource URL is
 * configured. H2 refuses paths relative to the working directory unless they start with "./",
 * so the directory is made absolute first: {@code BROADSHEET_DATA_DIR=data} works as expected.
 */
public class EmbeddedDatabaseLocation implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIR = "broadsheet.data-dir";
    static final String DEFAULT_DATA_DIR = "./data";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dir = Path.of(environment.getProperty(DATA_DIR, DEFAULT_DATA_DIR))
                .toAbsolutePath()
                .normalize();
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "broadsheetEmbeddedDatabase",
                        Map.of(
                                "spring.datasource.url", h2Url(dir),
                                "spring.datasource.username", "sa",
                                "spring.datasource.password", "")));
    }

    /**
     * A public page runs a dozen different statements; H2 keeps the parsed form of only 8 per
     * connection unless told otherwise, and parsing them again was a tenth of a page's render.
     * H2's own shutdown hook would close the database while the application's shutdown still
     * finishes requests and writes (a node's desk presence, a transaction's rollback); the
     * connection pool closes it last instead.
     */
    static final String SETTINGS = ";QUERY_CACHE_SIZE=128;DB_CLOSE_ON_EXIT=FALSE";

    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("broadsheet").toString().replace('\\', '/') + SETTINGS;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

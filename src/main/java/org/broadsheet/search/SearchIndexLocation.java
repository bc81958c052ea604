package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With an OpenSearch/Elasticsearch index, names it ({@link SearchIndexLayout}) and coordinates the
 * nodes through Hibernate Search's outbox. Otherwise configures the embedded Lucene index: under
 * {@code broadsheet.data-dir}/search-index next to a file database, in memory next to an
 * in-memory one. Before Hibernate Search opens a file index, an index Lucene cannot read is
 * moved aside (not deleted) so that the application starts and rebuilds it, instead of failing.
 */
public class SearchIndexLocation implements EnvironmentPostProcessor, Ordered {

    static final String SEARCH = "spring.jpa.properties.hibernate.search.";
    /** How Hibernate Search coordinates several nodes; {@link #OUTBOX_POLLING} with a shared index. */
    public static final String COORDINATION = SEARCH + "coordination.strategy";

    public static final String OUTBOX_POLLING = "outbox-polling";
    static final String BACKEND = SEARCH + "backend.";

    private final Log log;

    public SearchIndexLocation(DeferredLogFactory logs) {
        this.log = logs.getLog(SearchIndexLocation.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(BACKEND + "analysis.configurer", "class:" + EnglishAnalysis.class.getName());
        String type = environment.getProperty(BACKEND + "type", "lucene");
        defaults.put(BACKEND + "type", type);
        if ("elasticsearch".equals(type)) {
            defaults.put(BACKEND + "analysis.configurer", "class:" + ElasticsearchEnglishAnalysis.class.getName());
            defaults.put(BACKEND + "layout.strategy", "bean:" + SearchIndexLayout.BEAN_NAME);
            // a shared index: every change is written to the outbox table in its own transaction and
            // indexed by one node, so no node misses another's writes and a crash loses none
            defaults.put(COORDINATION, OUTBOX_POLLING);
        } else if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:mem:")) {
            defaults.putIfAbsent(BACKEND + "directory.type", "local-heap");
        } else {
            Path root = Path.of(environment.getProperty(
                            BACKEND + "directory.root",
                            environment.getProperty("broadsheet.data-dir", "./data") + "/search-index"))
                    .toAbsolutePath()
                    .normalize();
            defaults.put(BACKEND + "directory.root", root.toString());
            if (!"local-heap".equals(environment.getProperty(BACKEND + "directory.type"))) {
                setAsideUnreadableIndexes(root);
            }
        }
        environment.getPropertySources().addLast(new MapPropertySource("broadsheetSearchIndex", defaults));
    }

    void setAsideUnreadableIndexes(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            for (Path index : children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().contains(".unreadable-"))
                    .toList()) {
                if (!readable(index)) {
                    Path aside = index.resolveSibling(index.getFileName() + ".unreadable-"
                            + Instant.now().toString().replace(':', '-'));
                    Files.move(index, aside);
                    log.warn("Search index " + index + " cannot be read; moved to " + aside
                            + " and will be rebuilt from the database");
                }
            }
        } catch (IOException e) {
            log.warn("Cannot check the search index under " + root, e);
        }
    }

    private static boolean readable(Path index) {
        try (FSDirectory directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                return List.of(directory.listAll()).isEmpty() || onlyLocks(directory.listAll());
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs() >= 0;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean onlyLocks(String[] files) {
        return Stream.of(files).allMatch(name -> name.endsWith(".lock"));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

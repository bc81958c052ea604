package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.broadsheet.testsupport.BroadsheetTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Elasticsearch/OpenSearch backend is configuration only: no cluster runs in the build. The
 * application starts with it (without contacting a cluster) and the index schema it would send
 * has every field with the same English analysis as the embedded Lucene index.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:es-mapping-${random.uuid};DB_CLOSE_DELAY=-1",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD,
            "broadsheet.demo-content=false",
            "spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
            "spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:9",
            "spring.jpa.properties.hibernate.search.backend.version=9.1.0",
            "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
            "spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false"
        })
class ElasticsearchMappingTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theArticleIndexSchemaCarriesEveryFieldAndTheEnglishAnalyzer(@TempDir Path export) throws Exception {
        Search.mapping(entityManagerFactory)
                .scope(Object.class, "Article")
                .schemaManager()
                .exportExpectedSchema(export);

        String schema;
        try (Stream<Path> files = Files.walk(export)) {
            schema = files.filter(Files::isRegularFile)
                    .map(ElasticsearchMappingTest::read)
                    .collect(Collectors.joining("\n"));
        }
        assertThat(schema).contains("\"english\"", "asciifolding", "porter_stem", "possessive_english", "_english_");
        assertThat(schema).as("phrases' word pairs").contains("\"english_pairs\"", "\"shingle\"", "\"bodyPairs\"");
        assertThat(schema)
                .contains(
                        "\"title\"",
                        "\"standfirst\"",
                        "\"body\"",
                        "\"status\"",
                        "\"publishedAt\"",
                        "\"updatedAt\"",
                        "\"sectionPaths\"",
                        "\"sectionNames\"",
                        "\"tagNames\"",
                        "\"authorNames\"",
                        "\"inTrash\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

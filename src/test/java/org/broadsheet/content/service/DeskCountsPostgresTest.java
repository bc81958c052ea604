package org.broadsheet.content.service;

import org.broadsheet.testsupport.EmbeddedPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same counts on PostgreSQL, which counts an author's or a tag's articles with its own indexes. */
@SpringBootTest(
        properties = {
            "broadsheet.data-dir=target/test-data/desk-counts-${random.uuid}",
            "broadsheet.demo-pictures=false",
            "broadsheet.search.rebuild-on-start=false"
        })
class DeskCountsPostgresTest extends DeskCountsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry, "deskcounts");
    }
}

package org.broadsheet.content.service;

import org.broadsheet.testsupport.EmbeddedPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same pages on PostgreSQL, which orders nulls (unpublished articles) at the other end. */
@SpringBootTest(
        properties = {
            "broadsheet.data-dir=target/test-data/desk-listing-${random.uuid}",
            "broadsheet.demo-pictures=false",
            "broadsheet.search.rebuild-on-start=false"
        })
class DeskListingFromTheEndPostgresTest extends DeskListingFromTheEndTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry, "desklisting");
    }
}

package org.broadsheet.persistence;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/** The embedded default: an H2 database, migrated by Flyway exactly as on a fresh install. */
@DataJpaTest(properties = "spring.datasource.url=jdbc:h2:mem:persistence-h2;DB_CLOSE_DELAY=-1")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class H2PersistenceTest extends PersistenceContractTests {}

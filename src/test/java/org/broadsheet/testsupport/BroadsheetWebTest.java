package org.broadsheet.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port over a fresh in-memory H2 database with the demo
 * content. Test classes sharing it share one running server; each must only change content it
 * created itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:web-${random.uuid};DB_CLOSE_DELAY=-1",
            // files (pictures, keys) of one context never meet another's
            "broadsheet.data-dir=target/test-data/web-${random.uuid}",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD,
            // drawing them costs every test context seconds; the browser tests show them
            "broadsheet.demo-pictures=false"
        })
@Import(RequestStatements.class)
public @interface BroadsheetWebTest {}

package org.broadsheet.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a fresh in-memory H2 database, with the demo content and an admin
 * whose password is {@link #ADMIN_PASSWORD}. Test classes sharing it share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:app-${random.uuid};DB_CLOSE_DELAY=-1",
            // files (pictures, keys) of one context never meet another's
            "broadsheet.data-dir=target/test-data/app-${random.uuid}",
            "broadsheet.admin-password=" + BroadsheetTest.ADMIN_PASSWORD,
            // drawing them costs every test context seconds; the browser tests show them
            "broadsheet.demo-pictures=false"
        })
public @interface BroadsheetTest {

    String ADMIN_PASSWORD = "test-passphrase-for-broadsheet";
}

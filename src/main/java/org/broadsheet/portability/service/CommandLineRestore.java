package org.broadsheet.portability.service;

import java.nio.file.Path;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A restore from the command line into a new, empty Broadsheet, then stop:
 * {@code java -jar broadsheet.jar --broadsheet.restore.from=broadsheet-export-….zip}, usually with
 * {@code --broadsheet.demo-content=false} and the new database's {@code spring.datasource.*}.
 * Exit code 0; 2 when the file or the instance was refused (nothing changed); 1 on a failure. Without the property it does nothing: a run-time
 * check, not a condition on the bean, so that a start from build-time bean definitions obeys it too.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CommandLineRestore implements ApplicationRunner {

    private final SiteRestore restore;
    private final ConfigurableApplicationContext context;
    private final String file;

    CommandLineRestore(
            SiteRestore restore,
            ConfigurableApplicationContext context,
            @Value("${broadsheet.restore.from:}") String file) {
        this.restore = restore;
        this.context = context;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (file.isBlank()) {
            return;
        }
        int code = 0;
        try {
            long started = System.nanoTime();
            ArchiveManifest restored = SystemActor.call(() -> restore.restore(Path.of(file), ArchiveProgress.NONE));
            System.out.printf(
                    "%s restored (%s) in %.1f s%n", file, restored.summary(), (System.nanoTime() - started) / 1e9);
        } catch (DomainException e) {
            System.err.println(file + ": " + e.getMessage());
            code = 2;
        } catch (RuntimeException e) {
            System.err.println("The restore failed, nothing was changed: " + e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}

package org.broadsheet.portability.service;

import java.nio.file.Path;
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
 * An export from the command line, then stop:
 * {@code java -jar broadsheet.jar --broadsheet.export.into=DIRECTORY}. Prints the file written;
 * exit code 0, or 1 when the export failed. Without the property it does nothing: a run-time
 * check, not a condition on the bean, so that a start from build-time bean definitions obeys it too.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CommandLineExport implements ApplicationRunner {

    private final SiteExport export;
    private final ConfigurableApplicationContext context;
    private final String directory;

    CommandLineExport(
            SiteExport export,
            ConfigurableApplicationContext context,
            @Value("${broadsheet.export.into:}") String directory) {
        this.export = export;
        this.context = context;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.isBlank()) {
            return;
        }
        int code = 0;
        try {
            long started = System.nanoTime();
            Path file = SystemActor.call(() -> export.exportInto(Path.of(directory), ArchiveProgress.NONE));
            System.out.printf("%s written in %.1f s%n", file, (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException e) {
            System.err.println("The export failed: " + e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}

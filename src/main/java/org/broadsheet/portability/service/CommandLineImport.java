package org.broadsheet.portability.service;

import java.io.BufferedInputStream;
import java.nio.file.Files;
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
 * A big site's export from the command line, then stop:
 * {@code java -jar broadsheet.jar --broadsheet.import.wxr=export.xml [--broadsheet.import.dry-run=true]
 * [--broadsheet.import.uploads=wp-content/uploads (a folder or a zip)]
 * [--broadsheet.import.keep-remote-images=true]}.
 * Prints the report; the exit code is 0 when every post came in, 1 when some failed, 2 when the
 * file was refused. Without the property it does nothing: a run-time
 * check, not a condition on the bean, so that a start from build-time bean definitions obeys it too.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CommandLineImport implements ApplicationRunner {

    private final WordPressImport importer;
    private final ConfigurableApplicationContext context;
    private final String wxr;
    private final ImportOptions options;

    CommandLineImport(
            WordPressImport importer,
            ConfigurableApplicationContext context,
            @Value("${broadsheet.import.wxr:}") String wxr,
            @Value("${broadsheet.import.dry-run:false}") boolean dryRun,
            @Value("${broadsheet.import.uploads:}") String uploads,
            @Value("${broadsheet.import.keep-remote-images:false}") boolean keepRemoteImages) {
        this.importer = importer;
        this.context = context;
        this.wxr = wxr;
        this.options = new ImportOptions(dryRun, uploads.isBlank() ? null : Path.of(uploads), keepRemoteImages);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (wxr.isBlank()) {
            return;
        }
        Path file = Path.of(wxr);
        int code;
        try {
            long started = System.nanoTime();
            ImportReport report = SystemActor.call(() -> importer.run(
                    () -> new BufferedInputStream(Files.newInputStream(file)), options, ImportProgress.NONE));
            System.out.print(report.summary());
            System.out.printf("%s in %.1f s%n", file, (System.nanoTime() - started) / 1e9);
            code = report.failures().isEmpty() ? 0 : 1;
        } catch (DomainException e) {
            System.err.println(file + ": " + e.getMessage());
            code = 2;
        } catch (java.io.UncheckedIOException e) {
            System.err.println(file + ": cannot be read: " + e.getMessage());
            code = 2;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}

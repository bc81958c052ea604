package org.broadsheet.portability.service;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A big site's export from the command line, then stop:
 * {@code java -jar broadsheet.jar --broadsheet.import.wxr=export.xml [--broadsheet.import.dry-run=true]}.
 * Prints the report; the exit code is 0 when every post came in, 1 when some failed, 2 when the
 * file was refused.
 */
@Component
@ConditionalOnProperty(name = "broadsheet.import.wxr")
@Order(Ordered.LOWEST_PRECEDENCE)
class CommandLineImport implements ApplicationRunner {

    private final WordPressImport importer;
    private final ConfigurableApplicationContext context;
    private final Path file;
    private final boolean dryRun;

    CommandLineImport(
            WordPressImport importer,
            ConfigurableApplicationContext context,
            @Value("${broadsheet.import.wxr}") Path file,
            @Value("${broadsheet.import.dry-run:false}") boolean dryRun) {
        this.importer = importer;
        this.context = context;
        this.file = file;
        this.dryRun = dryRun;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            long started = System.nanoTime();
            ImportReport report = SystemActor.call(() -> importer.run(in, dryRun, ImportProgress.NONE));
            System.out.print(report.summary());
            System.out.printf("%s in %.1f s%n", file, (System.nanoTime() - started) / 1e9);
            code = report.failures().isEmpty() ? 0 : 1;
        } catch (DomainException e) {
            System.err.println(file + ": " + e.getMessage());
            code = 2;
        } catch (IOException e) {
            System.err.println(file + ": cannot be read: " + e.getMessage());
            code = 2;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}

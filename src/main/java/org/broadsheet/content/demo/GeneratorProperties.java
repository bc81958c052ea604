package org.broadsheet.content.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code broadsheet.generate.*}: bulk test data for benchmarks. With {@code articles > 0} the
 * application inserts that many articles at start-up and exits.
 *
 * @param articles  how many articles to add (0: do nothing)
 * @param batchSize rows per JDBC batch
 * @param seed      seed of the text generator, so runs are repeatable
 * @param exit      whether to stop the application afterwards (benchmarks that go on to measure
 *                  the running application set it to false)
 */
@ConfigurationProperties("broadsheet.generate")
record GeneratorProperties(
        @DefaultValue("0") int articles,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("42") long seed,
        @DefaultValue("true") boolean exit) {}

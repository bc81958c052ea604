package org.broadsheet.base;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for all logic, so tests can fix time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * Ticks in microseconds, the precision both databases keep: an instant read back equals the
     * one written, so Hibernate finds a row by a time it wrote in the same session (a tag's or
     * byline's entry is removed by all its columns, its date among them).
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}

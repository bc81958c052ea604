package org.broadsheet.site.web;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * No per-request observation filter in front of everything: every request would pay for it, a
 * page-cache hit included. Public pages are timed where they are rendered ({@link PageCache});
 * Spring Boot's own filter steps aside for this disabled one.
 */
@Configuration(proxyBeanMethods = false)
class RequestObservationOff {

    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> webMvcObservationFilter() {
        FilterRegistrationBean<ServerHttpObservationFilter> off =
                new FilterRegistrationBean<>(new ServerHttpObservationFilter(ObservationRegistry.NOOP));
        off.setEnabled(false);
        return off;
    }
}

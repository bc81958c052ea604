package org.broadsheet.base;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Keeps the deferred start of repositories ({@code spring.data.jpa.repositories.bootstrap-mode=deferred})
 * in a start from the bean definitions worked out at build time ({@code -Dspring.aot.enabled=true},
 * as {@code scripts/prepare-fast-start.sh} lays the jar out). Spring Data's own registrar, which
 * arranges it in a usual start, does not run there: the first bean taking a repository (a servlet
 * filter, made as the web server starts) would wait for the persistence unit, and the main thread
 * would stand idle while Hibernate starts on the other. As in a usual start, a repository is
 * handed out as a proxy that makes it on first use, and every repository is made once the
 * context is refreshed, so a broken query still shows at start.
 */
@Component
class DeferredRepositoriesAheadOfTime implements BeanFactoryPostProcessor, ApplicationListener<ContextRefreshedEvent> {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (AotDetector.useGeneratedArtifacts() && beanFactory instanceof DefaultListableBeanFactory factory) {
            factory.setAutowireCandidateResolver(new RepositoriesLazily());
        }
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (AotDetector.useGeneratedArtifacts()) {
            event.getApplicationContext().getBeansOfType(Repository.class);
        }
    }

    private static final class RepositoriesLazily extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return super.isLazy(descriptor) || Repository.class.isAssignableFrom(descriptor.getDependencyType());
        }
    }
}

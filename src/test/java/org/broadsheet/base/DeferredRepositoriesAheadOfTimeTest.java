package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.SpringProperties;
import org.springframework.data.repository.Repository;

/**
 * In a start from build-time bean definitions, a bean taking a repository does not wait for it:
 * it gets a proxy, and the repository is made once the context is refreshed.
 */
class DeferredRepositoriesAheadOfTimeTest {

    static final AtomicInteger REPOSITORIES_MADE = new AtomicInteger();

    @BeforeEach
    void reset() {
        REPOSITORIES_MADE.set(0);
    }

    @AfterEach
    void usualStart() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void fromBuildTimeDefinitionsABeanGetsItsRepositoryAsAProxyAndTheRepositoryIsMadeAtTheEnd() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");

        try (GenericApplicationContext context = context()) {
            Consumer consumer = context.getBean(Consumer.class);

            assertThat(consumer.repositoriesMadeBeforeIt).isZero();
            assertThat(REPOSITORIES_MADE)
                    .as("made once the context was refreshed")
                    .hasValue(1);
            assertThat(consumer.things.size()).isEqualTo(3);
            assertThat(REPOSITORIES_MADE).hasValue(1);
        }
    }

    @Test
    void inAUsualStartItLeavesInjectionToSpringData() {
        try (GenericApplicationContext context = context()) {
            assertThat(context.getBean(Consumer.class).repositoriesMadeBeforeIt).isEqualTo(1);
        }
    }

    private static GenericApplicationContext context() {
        var context = new GenericApplicationContext();
        var repositories = new DeferredRepositoriesAheadOfTime();
        context.addBeanFactoryPostProcessor(repositories);
        context.addApplicationListener(repositories);
        RootBeanDefinition things = new RootBeanDefinition(CountedThings.class);
        things.setLazyInit(true);
        context.registerBeanDefinition("things", things);
        RootBeanDefinition consumer = new RootBeanDefinition(Consumer.class);
        consumer.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
        context.registerBeanDefinition("consumer", consumer);
        context.refresh();
        return context;
    }

    interface ThingRepository extends Repository<Object, Long> {
        int size();
    }

    static class CountedThings implements ThingRepository {
        CountedThings() {
            REPOSITORIES_MADE.incrementAndGet();
        }

        @Override
        public int size() {
            return 3;
        }
    }

    static class Consumer {
        final ThingRepository things;
        final int repositoriesMadeBeforeIt;

        Consumer(ThingRepository things) {
            this.things = things;
            this.repositoriesMadeBeforeIt = REPOSITORIES_MADE.get();
        }
    }
}

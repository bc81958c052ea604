package org.broadsheet.portability.service;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.springframework.stereotype.Component;

/**
 * Hibernate takes ids from each sequence fifty at a time and hands them out from memory. Rows
 * written around it (a restore) may already use ids of a block it holds, so after such a write
 * every block is dropped and the next id comes from the sequence again.
 */
@Component
class IdPools {

    private final SessionFactoryImplementor sessionFactory;

    IdPools(EntityManagerFactory entityManagerFactory) {
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
    }

    void forgetAll() {
        sessionFactory.getMappingMetamodel().forEachEntityDescriptor(entity -> {
            if (entity.getGenerator() instanceof SequenceStyleGenerator sequence) {
                sequence.getOptimizer().reset();
            }
        });
    }
}

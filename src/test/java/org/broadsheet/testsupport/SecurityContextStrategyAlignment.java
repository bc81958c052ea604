package org.broadsheet.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each application context (Vaadin's security configuration) installs its own security-context
 * strategy in the static {@link SecurityContextHolder}; with several cached test contexts the
 * static one is whichever started last. Before each test this points it back at the running
 * test's context, so code that uses the static holder (the system actor) and the method-security
 * checks of that context see the same authentication. One context per JVM, as in production,
 * never needs this.
 */
public class SecurityContextStrategyAlignment extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}

package org.broadsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Conditional;

/**
 * The fast-start layout ({@code scripts/prepare-fast-start.sh}) starts from bean definitions
 * worked out when the jar was built, where every condition on a bean was decided once, for the
 * build's settings. So Broadsheet's own beans carry no condition ({@code @ConditionalOnProperty},
 * {@code @Profile}, …): what a setting chooses is chosen when the site starts.
 */
class BuildTimeBeanDefinitionsTest {

    private static final JavaClasses BROADSHEET = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.broadsheet");

    @Test
    void noBeanClassIsConditional() {
        noClasses().should().beMetaAnnotatedWith(Conditional.class).check(BROADSHEET);
    }

    @Test
    void noBeanMethodIsConditional() {
        noMethods().should().beMetaAnnotatedWith(Conditional.class).check(BROADSHEET);
    }
}

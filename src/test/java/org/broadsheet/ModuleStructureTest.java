package org.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The package layout of the design, enforced: features meet only through each other's service API. */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featuresDependOnlyOnEachOthersServiceApi() {
        MODULES.verify();
    }

    @Test
    void everyFeatureOfTheDesignIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("base", "content", "taxonomy", "people", "site", "desk");
    }
}

package org.broadsheet;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The package layout of the design, enforced: features meet only through each other's API, each
 * module names what it may use (its {@code package-info}), and nothing points back up the stack.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    /** Bottom to top: a module may use only modules listed before it. */
    static final List<String> STACK =
            List.of("base", "people", "taxonomy", "media", "content", "search", "site", "portability", "desk");

    @Test
    void featuresUseOnlyWhatTheirModuleDeclares() {
        MODULES.verify();
    }

    @Test
    void theModulesAreExactlyTheFeaturesOfTheDesign() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrderElementsOf(STACK);
    }

    @Test
    void noModuleDependsOnOneAboveIt() {
        Map<String, Set<String>> upward = new LinkedHashMap<>();
        for (ApplicationModule module : MODULES) {
            String name = module.getIdentifier().toString();
            Set<String> above = module.getDirectDependencies(MODULES)
                    .uniqueModules()
                    .map(m -> m.getIdentifier().toString())
                    .filter(target -> STACK.indexOf(target) >= STACK.indexOf(name))
                    .collect(Collectors.toSet());
            if (!above.isEmpty()) {
                upward.put(name, above);
            }
        }
        assertThat(upward).as("module → modules at or above it in %s", STACK).isEmpty();
    }

    @Test
    void everyFeatureDeclaresTheModulesItMayUse() {
        for (String name : STACK.subList(1, STACK.size())) {
            var declared = Package.getPackage("org.broadsheet." + name) == null
                    ? null
                    : loadPackageInfo(name).getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declared).as(name + " has @ApplicationModule").isNotNull();
            assertThat(declared.allowedDependencies())
                    .as(name + " lists its allowed dependencies")
                    .isNotEmpty()
                    .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
        }
    }

    @Test
    void theDeskHasNoPackageCycles() {
        var desk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.broadsheet.desk");
        slices().matching("org.broadsheet.desk.(*)..").should().beFreeOfCycles().check(desk);
    }

    /** The pictures and canvases in docs/modules are drawn from the code on every build. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
        for (String name : STACK) {
            assertThat(new java.io.File("docs/modules/module-" + name + ".puml"))
                    .exists();
            assertThat(new java.io.File("docs/modules/module-" + name + ".adoc"))
                    .exists();
        }
    }

    private static Class<?> loadPackageInfo(String module) {
        try {
            return Class.forName("org.broadsheet." + module + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new AssertionError("org.broadsheet." + module + " has no package-info", e);
        }
    }
}

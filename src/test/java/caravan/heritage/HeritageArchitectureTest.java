package caravan.heritage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Heritage depends on the registry (its store, users, audit log), never the reverse. */
class HeritageArchitectureTest {
  @Test
  void the_registry_does_not_know_the_heritage_package() {
    noClasses()
        .that()
        .resideInAPackage("caravan.registry..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("caravan.heritage..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("caravan"));
  }
}

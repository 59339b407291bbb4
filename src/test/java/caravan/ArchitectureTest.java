package caravan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of DESIGN.md §1: doors → features → store and text; nothing below a door imports it.
 */
class ArchitectureTest {
  private static final JavaClasses CARAVAN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("caravan");

  @Test
  void layers_point_down_only() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Wiring")
        .definedBy("caravan")
        .layer("Doors")
        .definedBy("caravan.cli..", "caravan.web..", "caravan.bench..", "gg.jte.generated..")
        .layer("Features")
        .definedBy("caravan.figures..", "caravan.trade..")
        .layer("Base")
        .definedBy("caravan.store..", "caravan.text..")
        .whereLayer("Wiring")
        .mayOnlyBeAccessedByLayers("Doors")
        .whereLayer("Doors")
        .mayOnlyBeAccessedByLayers("Wiring")
        .whereLayer("Features")
        .mayOnlyBeAccessedByLayers("Wiring", "Doors")
        .whereLayer("Base")
        .mayOnlyBeAccessedByLayers("Wiring", "Doors", "Features")
        .check(CARAVAN);
  }

  @Test
  void figures_use_no_other_feature() {
    noClasses()
        .that()
        .resideInAPackage("caravan.figures..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("caravan.trade..")
        .check(CARAVAN);
  }

  @Test
  void features_never_reach_a_door() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "caravan.figures..",
            "caravan.trade..",
            "caravan.registry..",
            "caravan.access..",
            "caravan.store..",
            "caravan.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("caravan.cli..", "caravan.web..", "io.javalin..", "picocli..")
        .check(CARAVAN);
  }
}

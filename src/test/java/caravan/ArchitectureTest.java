package caravan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of DESIGN.md §1, all of them and only them: the doors (cli, web, bench) → the features
 * (figures, trade, registry) → access, store and text; the wiring ({@code caravan.App}) is used by
 * the doors alone; nothing below a door imports it. Between features: trade and registry use
 * figures; the registry's partner matching (and only it) uses trade; figures uses no other feature;
 * the corridor uses at most figures (its volumes are stated figures), nor access. Every package is
 * in one layer, so a new one must be placed here before it builds.
 */
class ArchitectureTest {
  private static final JavaClasses CARAVAN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("caravan");

  static final String[] DOORS = {
    "caravan.cli..", "caravan.web..", "caravan.bench..", "gg.jte.generated.."
  };
  static final String[] FEATURES = {
    "caravan.figures..",
    "caravan.trade..",
    "caravan.registry..",
    "caravan.corridor..",
    "caravan.heritage..",
    "caravan.briefing..",
    "caravan.claims..",
    "caravan.opportunities.."
  };

  @Test
  void every_package_is_in_a_layer() {
    classes()
        .should()
        .resideInAnyPackage(
            "caravan",
            "caravan.cli..",
            "caravan.web..",
            "caravan.bench..",
            "gg.jte.generated..",
            "caravan.figures..",
            "caravan.trade..",
            "caravan.registry..",
            "caravan.corridor..",
            "caravan.heritage..",
            "caravan.briefing..",
            "caravan.claims..",
            "caravan.opportunities..",
            "caravan.access..",
            "caravan.store..",
            "caravan.text..")
        .check(CARAVAN);
  }

  @Test
  void layers_point_down_only() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Wiring")
        .definedBy("caravan")
        .layer("Doors")
        .definedBy(DOORS)
        .layer("Features")
        .definedBy(FEATURES)
        .layer("Access")
        .definedBy("caravan.access..")
        .layer("Base")
        .definedBy("caravan.store..", "caravan.text..")
        .whereLayer("Wiring")
        .mayOnlyBeAccessedByLayers("Doors")
        .whereLayer("Doors")
        .mayOnlyBeAccessedByLayers("Wiring")
        .whereLayer("Features")
        .mayOnlyBeAccessedByLayers("Wiring", "Doors")
        .whereLayer("Access")
        .mayOnlyBeAccessedByLayers("Wiring", "Doors", "Features")
        .whereLayer("Base")
        .mayOnlyBeAccessedByLayers("Wiring", "Doors", "Features", "Access")
        .check(CARAVAN);
  }

  @Test
  void figures_use_no_other_feature_nor_access() {
    noClasses()
        .that()
        .resideInAPackage("caravan.figures..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "caravan.trade..", "caravan.registry..", "caravan.corridor..", "caravan.access..")
        .check(CARAVAN);
  }

  @Test
  void the_corridor_uses_no_feature_but_figures_nor_access() {
    noClasses()
        .that()
        .resideInAPackage("caravan.corridor..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("caravan.trade..", "caravan.registry..", "caravan.access..")
        .check(CARAVAN);
  }

  @Test
  void trade_uses_figures_but_not_the_registry() {
    noClasses()
        .that()
        .resideInAPackage("caravan.trade..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("caravan.registry..")
        .check(CARAVAN);
  }

  @Test
  void only_the_registrys_partner_matching_uses_trade() {
    noClasses()
        .that()
        .resideInAPackage("caravan.registry..")
        .and()
        // the matcher and its inner classes; the registry's public face, which wires the matcher
        // with the trade store's world demand
        .haveNameNotMatching("caravan\\.registry\\.(PartnerMatcher|RegistryExports)(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("caravan.trade..")
        .check(CARAVAN);
  }

  @Test
  void the_features_the_briefing_reads_never_read_it() {
    // no cycle: the briefing's own sections read these four; a feature that lands later may
    // contribute a section by implementing briefing.BriefingSection in its own package
    noClasses()
        .that()
        .resideInAnyPackage(
            "caravan.figures..", "caravan.trade..", "caravan.registry..", "caravan.corridor..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("caravan.briefing..")
        .check(CARAVAN);
  }

  @Test
  void access_uses_no_feature() {
    noClasses()
        .that()
        .resideInAPackage("caravan.access..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES)
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
            "caravan.corridor..",
            "caravan.heritage..",
            "caravan.briefing..",
            "caravan.claims..",
            "caravan.opportunities..",
            "caravan.access..",
            "caravan.store..",
            "caravan.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("caravan.cli..", "caravan.web..", "io.javalin..", "picocli..")
        .check(CARAVAN);
  }
}

package org.marsad.dist;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way, down the module table of ARCHITECTURE.md. */
class ModuleDependenciesTest {
  private static final JavaClasses MARSAD =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.marsad");

  @Test
  void layersDependDownwardOnly() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model").definedBy("org.marsad.model..")
        .layer("arabic").definedBy("org.marsad.arabic..")
        .layer("ingest").definedBy("org.marsad.ingest..")
        .layer("stories").definedBy("org.marsad.stories..")
        .layer("store").definedBy("org.marsad.store..")
        .layer("app").definedBy("org.marsad.app..")
        .layer("eval").definedBy("org.marsad.eval..")
        .whereLayer("eval").mayNotBeAccessedByAnyLayer()
        .whereLayer("app").mayOnlyBeAccessedByLayers("eval")
        .whereLayer("store").mayOnlyBeAccessedByLayers("app", "eval")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("app", "eval")
        .whereLayer("stories").mayOnlyBeAccessedByLayers("app", "eval")
        .whereLayer("arabic").mayOnlyBeAccessedByLayers("ingest", "stories", "store", "app", "eval")
        .check(MARSAD);
  }

  @Test
  void theModelDependsOnNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("org.marsad.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("org.marsad.model..", "java..", "org.jspecify..")
        .check(MARSAD);
  }

  @Test
  void algorithmsImportNoFrameworks() {
    noClasses()
        .that()
        .resideInAnyPackage("org.marsad.model..", "org.marsad.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.lucene..", "picocli..")
        .check(MARSAD);
  }
}

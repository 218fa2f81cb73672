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
        .layer("enrich").definedBy("org.marsad.enrich..")
        .layer("stories").definedBy("org.marsad.stories..")
        .layer("pipeline").definedBy("org.marsad.pipeline..")
        .layer("store").definedBy("org.marsad.store..")
        .layer("app").definedBy("org.marsad.app..")
        .layer("eval").definedBy("org.marsad.eval..")
        .whereLayer("eval").mayNotBeAccessedByAnyLayer()
        .whereLayer("app").mayOnlyBeAccessedByLayers("eval")
        .whereLayer("store").mayOnlyBeAccessedByLayers("app", "eval")
        .whereLayer("pipeline").mayOnlyBeAccessedByLayers("app", "eval")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("pipeline", "app", "eval")
        .whereLayer("enrich").mayOnlyBeAccessedByLayers("pipeline", "app", "eval")
        .whereLayer("stories").mayOnlyBeAccessedByLayers("pipeline", "app", "eval")
        .whereLayer("arabic").mayOnlyBeAccessedByLayers("ingest", "enrich", "stories", "pipeline", "store", "app", "eval")
        .check(MARSAD);
  }

  /** Readers turn documents into articles; where articles are kept is none of their business. */
  @Test
  void readersNeverSeeTheStore() {
    noClasses().that().resideInAPackage("org.marsad.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("org.marsad.store..", "org.marsad.app..", "org.marsad.pipeline..")
        .check(MARSAD);
  }

  /** Stages read an article and annotate or place it, whichever route called them: a Spark executor has no app. */
  @Test
  void stagesNeverSeeTheAppOrTheStore() {
    noClasses().that().resideInAnyPackage("org.marsad.enrich..", "org.marsad.stories..")
        .should().dependOnClassesThat().resideInAnyPackage("org.marsad.app..", "org.marsad.store..", "org.marsad.pipeline..")
        .check(MARSAD);
  }

  /** The pipeline is the library every route calls, so it knows no route and no store. */
  @Test
  void thePipelineNeverSeesTheAppOrTheStore() {
    noClasses().that().resideInAPackage("org.marsad.pipeline..")
        .should().dependOnClassesThat().resideInAnyPackage("org.marsad.app..", "org.marsad.store..")
        .check(MARSAD);
  }

  /** The store keeps articles; it runs no stage (the codec used to tag dates) and no pipeline. */
  @Test
  void theStoreNeverSeesStages() {
    noClasses().that().resideInAPackage("org.marsad.store..")
        .should().dependOnClassesThat().resideInAnyPackage("org.marsad.enrich..", "org.marsad.stories..",
            "org.marsad.pipeline..", "org.marsad.arabic.dates..")
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
        .resideInAnyPackage("org.marsad.model..", "org.marsad.ingest..", "org.marsad.enrich..", "org.marsad.pipeline..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.lucene..", "picocli..")
        .check(MARSAD);
  }
}

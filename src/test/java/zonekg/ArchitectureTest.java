package zonekg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: each package may use those before it in the pipeline, never one after it.
 * Plain JUnit tests over ArchUnit's core API, because Surefire 3.5.3 skips {@code @ArchTest}
 * fields (TNG/ArchUnit#1442).
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("zonekg");
  }

  @Test
  void docIsSelfContained() {
    noClasses().that().resideInAPackage("zonekg.doc..")
      .should().dependOnClassesThat().resideOutsideOfPackages("zonekg.doc..", "java..")
        .check(classes);
  }

  @Test
  void onlySegmentTouchesHanlp() {
    noClasses().that().resideOutsideOfPackage("zonekg.segment..")
      .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
        .check(classes);
  }

  @Test
  void vocabHoldsOnlyTerms() {
    noClasses().that().resideInAPackage("zonekg.vocab..")
      .should().dependOnClassesThat().resideInAnyPackage("zonekg.doc..", "zonekg.graph..", "zonekg.pipeline..")
        .check(classes);
  }

  @Test
  void textStagesComeBeforeExtraction() {
    noClasses()
      .that().resideInAnyPackage("zonekg.ingest..", "zonekg.normalise..", "zonekg.segment..")
      .should().dependOnClassesThat().resideInAnyPackage("zonekg.extract..", "zonekg.resolve..", "zonekg.graph..",
          "zonekg.store..", "zonekg.serve..", "zonekg.pipeline..", "zonekg.cli..")
        .check(classes);
  }

  @Test
  void extractionComesBeforeGraph() {
    noClasses()
      .that().resideInAnyPackage("zonekg.extract..", "zonekg.resolve..")
      .should().dependOnClassesThat().resideInAnyPackage("zonekg.graph..", "zonekg.vocab..", "zonekg.store..",
          "zonekg.serve..", "zonekg.pipeline..", "zonekg.cli..")
        .check(classes);
  }

  @Test
  void graphDoesNotServe() {
    noClasses().that().resideInAPackage("zonekg.graph..")
      .should().dependOnClassesThat().resideInAnyPackage("zonekg.store..", "zonekg.serve..", "zonekg.pipeline..",
          "zonekg.cli..")
        .check(classes);
  }

  @Test
  void onlyCliIsOnTop() {
    noClasses().that().resideOutsideOfPackage("zonekg.cli..")
      .should().dependOnClassesThat().resideInAPackage("zonekg.cli..")
        .check(classes);
  }
}

package zonekg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.graph.Ontology;
import zonekg.graph.ShapeValidator;

/** The whole pipeline over seeds/: every document read, a graph that conforms, the same bytes on any thread count. */
class PipelineIT {
  private static DatasetGraph seeds;
  private static BuildReport report;

  @BeforeAll
  static void buildSeeds() {
    seeds = DatasetGraphFactory.create();
    report = Pipeline.create().threads(2).build().run(Path.of("seeds"), StreamRDFLib.dataset(seeds));
  }

  @Test
  void readsEverySeedDocument() throws IOException {
    long files;
    try (var list = Files.list(Path.of("seeds"))) {
      files = list.filter(p -> p.toString().endsWith(".txt")).count();
    }
    assertThat(report.documents()).isEqualTo(files);
    assertThat(report.skipped()).isEmpty();
    assertThat(report.violations()).as("shape violations the build reported").isEmpty();
    assertThat(report.quads()).isEqualTo(countQuads(seeds));
  }

  @Test
  void everyDocumentHasItsNamedGraphWithZonesAndStatistics() {
    String q = """
        PREFIX zk: <https://w3id.org/zonekg/ontology#>
        SELECT ?g (COUNT(DISTINCT ?z) AS ?zones) (COUNT(DISTINCT ?s) AS ?stats) WHERE {
          GRAPH ?g { ?d a zk:Document . OPTIONAL { ?z a zk:DevelopmentZone } OPTIONAL { ?s a zk:Statistic } }
        } GROUP BY ?g""";
    try (QueryExecution qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(seeds))) {
      List<int[]> rows = new java.util.ArrayList<>();
      qe.execSelect().forEachRemaining(r -> rows.add(new int[] {r.getLiteral("zones").getInt(), r.getLiteral("stats").getInt()}));
      assertThat(rows).hasSize(report.documents());
      assertThat(rows).allSatisfy(r -> assertThat(r[0]).as("zones").isPositive());
      assertThat(rows.stream().mapToInt(r -> r[1]).sum()).as("statistics").isGreaterThan(100);
    }
  }

  @Test
  void everyDocumentGraphConformsToTheShapes() {
    ShapeValidator validator = new ShapeValidator(Ontology.load());
    seeds.listGraphNodes().forEachRemaining(g -> {
      if (!g.equals(Ontology.GRAPH)) {
        assertThat(validator.violations(seeds.getGraph(g))).as(g.toString()).isEmpty();
      }
    });
  }

  @Test
  void twoCopiesOfADocumentGetTheSameGraph(@TempDir Path dir) throws IOException {
    List<Path> seedFiles;
    try (var list = Files.list(Path.of("seeds"))) {
      seedFiles = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path seed : seedFiles) {
      Files.copy(seed, dir.resolve("a_" + seed.getFileName()));
      Files.copy(seed, dir.resolve("b_" + seed.getFileName()));
    }
    DatasetGraph dsg = DatasetGraphFactory.create();
    BuildReport twice = Pipeline.create().build().run(dir, StreamRDFLib.dataset(dsg));

    // each copy's graph describes what it names as fully as the first copy does
    assertThat(twice.violations()).isEmpty();
    for (Path seed : seedFiles) {
      String name = seed.getFileName().toString();
      assertThat(graphOf(dsg, "a_" + name)).as(name).isNotEmpty().isEqualTo(graphOf(dsg, "b_" + name));
    }
  }

  /** The sorted N-Triples of one document's graph, its file name replaced by a placeholder. */
  private static List<String> graphOf(DatasetGraph dsg, String file) {
    var graph = dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(
        zonekg.vocab.ZK.DATA_BASE + "doc/" + file));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, Lang.NTRIPLES);
    return out.toString(StandardCharsets.UTF_8).replace(file, "DOC").lines().sorted().toList();
  }

  @Test
  void outputIsIdenticalWhateverTheThreadCount() {
    assertThat(nquads(Pipeline.create().threads(1))).isEqualTo(nquads(Pipeline.create().threads(3)));
  }

  @Test
  void documentsWaitingOnDiskGiveTheSameOutputAsInMemory() {
    assertThat(nquads(Pipeline.create().waitingBudget(0))).isEqualTo(nquads(Pipeline.create()));
  }

  @Test
  void skippingTheShapeCheckChangesNothingInTheGraph() {
    assertThat(nquads(Pipeline.create().validate(false))).isEqualTo(nquads(Pipeline.create()));
  }

  private static String nquads(Pipeline.Builder pipeline) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    pipeline.build().run(Path.of("seeds"), StreamRDFLib.dataset(dsg));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, dsg, Lang.NQUADS);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static long countQuads(DatasetGraph dsg) {
    long[] n = {0};
    dsg.find().forEachRemaining(q -> n[0]++);
    return n[0];
  }
}

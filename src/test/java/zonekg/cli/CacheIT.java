package zonekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.store.RdfFileLoader;

/** query, export and serve keep what they build in the cache of --cache and take it from there while nothing changes. */
class CacheIT {
  private static final String ZONES = """
      PREFIX zk: <https://w3id.org/zonekg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT DISTINCT ?name WHERE { ?z a zk:DevelopmentZone ; rdfs:label ?name } ORDER BY ?name
      """;

  @TempDir
  Path temp;
  private Path docs;
  private Path cache;
  private Path query;

  @BeforeEach
  void documents() throws IOException {
    docs = Files.createDirectories(temp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "芜湖高新区今年前三季度营业收入增长12.5%。\n");
    cache = temp.resolve("cache");
    query = Files.writeString(temp.resolve("zones.rq"), ZONES);
  }

  @Test
  void aSecondRunOnTheSameDocumentsTakesTheGraphFromTheCache() throws IOException {
    CommandRun first = zones();
    assertThat(first.out()).isEqualTo("name\r\n芜湖高新区\r\n");
    assertThat(entries()).hasSize(2);

    // what the second run answers from is what the cache holds, not a new build
    Path graph = entries().stream().filter(p -> p.toString().endsWith(".rt")).findFirst().orElseThrow();
    DatasetGraph other = RdfFileLoader.load(CommandRun.fixture("documents.trig").transform(Path::of));
    try (OutputStream out = Files.newOutputStream(graph)) {
      Txn.executeRead(other, () -> RDFDataMgr.write(out, other, Lang.RDFTHRIFT));
    }
    CommandRun second = CommandRun.of("query", query.toString(), "--input", docs.toString(), "--cache",
        cache.toString(), "--format", "csv");
    assertThat(second.exit()).isZero();
    assertThat(second.out()).isEqualTo("name\r\n");
  }

  @Test
  void aChangedDocumentIsBuiltAgain() throws IOException {
    zones();
    Files.writeString(docs.resolve("a.txt"), "蚌埠经开区今年前三季度营业收入增长12.5%。\n");

    assertThat(zones().out()).isEqualTo("name\r\n蚌埠经开区\r\n");
    assertThat(entries()).hasSize(4);
  }

  @Test
  void filesSkippedByTheBuildAreNamedAgainWhenItIsReused() throws IOException {
    Files.write(docs.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0, 0});

    CommandRun first = zones();
    CommandRun second = zones();

    assertThat(first.err()).contains("image.txt").contains("binary content");
    assertThat(second.err()).isEqualTo(first.err());
    assertThat(second.out()).isEqualTo(first.out()).isEqualTo("name\r\n芜湖高新区\r\n");
  }

  @Test
  void exportReusesTheBuildOfQuery() {
    zones();
    CommandRun built = CommandRun.of("export", "--input", docs.toString(), "--no-cache", "--format", "nq");
    CommandRun reused = CommandRun.of("export", "--input", docs.toString(), "--cache", cache.toString(),
        "--format", "nq");

    assertThat(sortedLines(reused.out())).isEqualTo(sortedLines(built.out())).isNotEmpty();
  }

  @Test
  void noCacheNeitherReadsNorWrites() {
    CommandRun run = CommandRun.of("query", query.toString(), "--input", docs.toString(), "--cache",
        cache.toString(), "--no-cache", "--format", "csv");

    assertThat(run.out()).isEqualTo("name\r\n芜湖高新区\r\n");
    assertThat(cache).doesNotExist();
  }

  @Test
  void aCacheThatCannotBeWrittenOnlyCostsTime() throws IOException {
    Files.writeString(cache, "a file where the folder should be");

    CommandRun run = zones();

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("name\r\n芜湖高新区\r\n");
  }

  private CommandRun zones() {
    CommandRun run = CommandRun.of("query", query.toString(), "--input", docs.toString(), "--cache",
        cache.toString(), "--format", "csv");
    assertThat(run.exit()).as(run.err()).isIn(0, Main.EXIT_SKIPPED);
    return run;
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.sorted().toList();
    }
  }

  private static List<String> sortedLines(String text) {
    return text.lines().sorted().toList();
  }
}

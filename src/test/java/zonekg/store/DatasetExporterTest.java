package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExporterTest {
  @TempDir
  Path temp;

  @Test
  void languagesResolveThroughJenasRegistry() {
    assertThat(DatasetExporter.language("ttl")).contains(Lang.TURTLE);
    assertThat(DatasetExporter.language("trig")).contains(Lang.TRIG);
    assertThat(DatasetExporter.language("nt")).contains(Lang.NTRIPLES);
    assertThat(DatasetExporter.language("jsonld")).contains(Lang.JSONLD);
    assertThat(DatasetExporter.language("docx")).isEmpty();
  }

  @Test
  void turtleOfNamedGraphsIsTheirUnionWithTheDatasetsPrefixes() {
    DatasetGraph dsg = RdfFileLoader.load(Fixtures.path("documents.trig"));

    String turtle = write(dsg, Lang.TURTLE);

    assertThat(turtle).startsWith("PREFIX ex:   <http://example.org/zonekg/>\n"
        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n");
    assertThat(turtle).contains("ex:zone-chengdu  a     ex:Zone;").doesNotContain("GRAPH");
    Graph read = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    Txn.executeRead(dsg, () -> assertThat(read.isIsomorphicWith(dsg.getUnionGraph())).isTrue());
  }

  @Test
  void trigKeepsOneNamedGraphPerDocument() throws IOException {
    DatasetGraph dsg = RdfFileLoader.load(Fixtures.path("documents.trig"));
    Path file = temp.resolve("out/zonekg.trig");

    DatasetExporter.write(dsg, Lang.TRIG, file);

    DatasetGraph read = DatasetGraphFactory.createTxnMem();
    RDFParser.source(file).lang(Lang.TRIG).parse(read);
    Txn.executeRead(dsg, () -> assertThat(IsoMatcher.isomorphic(read, dsg)).isTrue());
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void turtleOfATurtleFileIsItsDefaultGraph() {
    DatasetGraph dsg = RdfFileLoader.load(Fixtures.path("zones.ttl"));

    Graph read = RDFParser.fromString(write(dsg, Lang.NTRIPLES), Lang.NTRIPLES).toGraph();

    Graph expected = RDFParser.source(Fixtures.path("zones.ttl")).toGraph();
    assertThat(read.isIsomorphicWith(expected)).isTrue();
  }

  private static String write(DatasetGraph dsg, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetExporter.write(dsg, lang, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}

package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.doc.ConfigException;

class RdfFileLoaderTest {
  @TempDir
  Path temp;

  @Test
  void turtleFillsTheDefaultGraph() {
    DatasetGraph dsg = RdfFileLoader.load(Fixtures.path("zones.ttl"));

    Txn.executeRead(dsg, () -> {
      assertThat(dsg.getDefaultGraph().size()).isEqualTo(7);
      assertThat(dsg.listGraphNodes().hasNext()).isFalse();
    });
    assertThat(UnionDefaultGraph.isOn(dsg)).isFalse();
  }

  @Test
  void trigWithNamedGraphsOnlyGetsTheUnionAsDefault() {
    DatasetGraph dsg = RdfFileLoader.load(Fixtures.path("documents.trig"));

    assertThat(UnionDefaultGraph.isOn(dsg)).isTrue();
    Txn.executeRead(dsg, () -> assertThat(UnionDefaultGraph.visibleGraph(dsg).size()).isEqualTo(6));
  }

  @Test
  void textThatIsNotRdfNamesTheFileAndTheParserProblem() {
    Path file = Fixtures.path("not-rdf.ttl");

    assertThatThrownBy(() -> RdfFileLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": not RDF ([line: 1, col: 1 ] Out of place: [KEYWORD:this])");
  }

  @Test
  void unknownExtensionIsNotRdf() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "高新区");

    assertThatThrownBy(() -> RdfFileLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": not RDF (unknown file extension)");
  }

  @Test
  void missingFile() {
    Path file = temp.resolve("absent.ttl");

    assertThatThrownBy(() -> RdfFileLoader.load(file)).hasMessage(file + ": no such file");
  }
}

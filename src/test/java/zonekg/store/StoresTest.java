package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.doc.ConfigException;

class StoresTest {
  private static final Node DOC_A = NodeFactory.createURI("http://example.org/zonekg/doc-a");
  private static final Node DOC_B = NodeFactory.createURI("http://example.org/zonekg/doc-b");
  private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

  @TempDir
  Path temp;

  @Test
  void fillReturnsTheProducersResultAndQueriesSeeTheUnionOfNamedGraphs() {
    DatasetGraph dsg = Stores.memory();

    String result = Stores.fill(dsg, sink -> {
      sink.quad(Quad.create(DOC_A, zone("a"), LABEL, NodeFactory.createLiteralString("成都高新区")));
      sink.quad(Quad.create(DOC_B, zone("b"), LABEL, NodeFactory.createLiteralString("西安高新区")));
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(count(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(2);
    assertThat(count(dsg, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(2);
    assertThat(count(dsg, "SELECT (COUNT(*) AS ?n) { GRAPH <" + DOC_A.getURI() + "> { ?s ?p ?o } }")).isEqualTo(1);
  }

  @Test
  void aReaderThatBeganBeforeTheFillDoesNotHideItFromLaterReaders() throws Exception {
    DatasetGraph dsg = Stores.memory();
    CountDownLatch begun = new CountDownLatch(1);
    CountDownLatch filled = new CountDownLatch(1);
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      Future<Long> early = reader.submit(() -> Txn.calculateRead(dsg, () -> {
        begun.countDown();
        await(filled);
        // the union is on by now, but this reader's snapshot is from before the write
        return dsg.getDefaultGraph().size() + 0L;
      }));
      begun.await();
      Stores.fill(dsg, sink -> {
        sink.quad(Quad.create(DOC_A, zone("a"), LABEL, NodeFactory.createLiteralString("成都高新区")));
        sink.quad(Quad.create(DOC_B, zone("b"), LABEL, NodeFactory.createLiteralString("西安高新区")));
        return null;
      });
      filled.countDown();

      assertThat(early.get()).isZero();
      assertThat(count(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(2);
    } finally {
      reader.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aStatementInTwoGraphsIsOneInTheUnionAndAReplacedDatasetShowsOnlyTheNewGraphs() {
    DatasetGraph dsg = Stores.memory();
    Stores.fill(dsg, sink -> {
      sink.quad(Quad.create(DOC_A, zone("a"), LABEL, NodeFactory.createLiteralString("成都高新区")));
      sink.quad(Quad.create(DOC_B, zone("a"), LABEL, NodeFactory.createLiteralString("成都高新区")));
      return null;
    });
    assertThat(count(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);

    Stores.replace(dsg, sink -> {
      sink.quad(Quad.create(DOC_B, zone("b"), LABEL, NodeFactory.createLiteralString("西安高新区")));
      sink.quad(Quad.create(DOC_B, zone("c"), LABEL, NodeFactory.createLiteralString("武汉东湖高新区")));
      return null;
    });

    // the union read before the replacement is not served again
    assertThat(count(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(2);
    assertThat(count(dsg, "SELECT (COUNT(*) AS ?n) { <" + zone("a").getURI() + "> ?p ?o }")).isZero();
  }

  @Test
  void aStoredDefaultGraphIsReadFromACopyThatALaterWriteReplaces() {
    DatasetGraph dsg = Stores.memory();
    Stores.fill(dsg, sink -> {
      sink.triple(Triple.create(zone("a"), LABEL, NodeFactory.createLiteralString("成都高新区")));
      return null;
    });
    assertThat(UnionDefaultGraph.isOn(dsg)).isFalse();
    assertThat(count(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);

    Stores.fill(dsg, sink -> {
      sink.triple(Triple.create(zone("b"), LABEL, NodeFactory.createLiteralString("西安高新区")));
      return null;
    });

    assertThat(count(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(2);
    assertThat(Txn.calculateRead(dsg, () -> dsg.contains(Quad.defaultGraphIRI, zone("b"), LABEL, Node.ANY))).isTrue();
  }

  @Test
  void readsPreparedAfterAFillUseTheGraphPreparedUntilTheNextWrite() {
    DatasetGraph dsg = Stores.memory();
    Stores.fill(dsg, sink -> {
      sink.quad(Quad.create(DOC_A, zone("a"), LABEL, NodeFactory.createLiteralString("成都高新区")));
      return null;
    });

    Graph prepared = Stores.prepareReads(dsg);

    assertThat(Txn.calculateRead(dsg, dsg::getDefaultGraph)).isSameAs(prepared);
    assertThat(prepared.contains(zone("a"), LABEL, Node.ANY)).isTrue();
    Stores.fill(dsg, sink -> {
      sink.quad(Quad.create(DOC_B, zone("b"), LABEL, NodeFactory.createLiteralString("西安高新区")));
      return null;
    });
    assertThat(Txn.calculateRead(dsg, dsg::getDefaultGraph)).isNotSameAs(prepared);
  }

  @Test
  void tdbStoreWrittenByBuildIsReadBackWithTheUnionDefaultGraph() {
    Path dir = temp.resolve("tdb");
    DatasetGraph written = Stores.createTdb(dir);
    Stores.fill(written, sink -> {
      sink.quad(Quad.create(DOC_A, zone("a"), LABEL, NodeFactory.createLiteralString("成都高新区")));
      return null;
    });
    // Forget the cached store so the read below starts from the files, as a later process would.
    TDBInternal.expel(written);

    DatasetGraph read = Stores.openTdb(dir);

    assertThat(count(read, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);
  }

  @Test
  void replaceEmptiesAnEarlierBuild() {
    Path dir = temp.resolve("tdb");
    Stores.replace(Stores.createTdb(dir), sink -> {
      sink.quad(Quad.create(DOC_A, zone("a"), LABEL, NodeFactory.createLiteralString("成都高新区")));
      return null;
    });

    DatasetGraph rebuilt = Stores.createTdb(dir);
    Stores.replace(rebuilt, sink -> {
      sink.quad(Quad.create(DOC_A, zone("b"), LABEL, NodeFactory.createLiteralString("苏州工业园区")));
      return null;
    });

    assertThat(count(rebuilt, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);
    assertThat(count(rebuilt, "SELECT (COUNT(*) AS ?n) { ?s ?p '苏州工业园区' }")).isEqualTo(1);
  }

  @Test
  void aFailedReplaceKeepsTheEarlierBuild() {
    Path dir = temp.resolve("tdb");
    Stores.replace(Stores.createTdb(dir), sink -> {
      sink.quad(Quad.create(DOC_A, zone("a"), LABEL, NodeFactory.createLiteralString("成都高新区")));
      return null;
    });
    DatasetGraph rebuilt = Stores.createTdb(dir);

    assertThatThrownBy(() -> Stores.replace(rebuilt, sink -> {
      sink.quad(Quad.create(DOC_A, zone("b"), LABEL, NodeFactory.createLiteralString("苏州工业园区")));
      throw new ConfigException("in: nothing could be read");
    })).hasMessage("in: nothing could be read");

    assertThat(count(rebuilt, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);
    assertThat(count(rebuilt, "SELECT (COUNT(*) AS ?n) { ?s ?p '成都高新区' }")).isEqualTo(1);
  }

  @Test
  void openTdbRefusesAFolderWithoutAStore() throws IOException {
    Path dir = Files.createDirectory(temp.resolve("empty"));

    assertThatThrownBy(() -> Stores.openTdb(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir + ": not a TDB2 store (no Data-NNNN folder); build one with build --tdb");
  }

  @Test
  void openTdbRefusesAMissingFolder() {
    Path dir = temp.resolve("absent");

    assertThatThrownBy(() -> Stores.openTdb(dir))
        .hasMessage(dir + ": no such folder; build a store there first with build --tdb");
  }

  @Test
  void createTdbRefusesAFile() throws IOException {
    Path file = Files.writeString(temp.resolve("file"), "x");

    assertThatThrownBy(() -> Stores.createTdb(file))
        .hasMessage(file + ": not a folder; cannot hold a TDB2 store");
  }

  private static Node zone(String name) {
    return NodeFactory.createURI("http://example.org/zonekg/zone-" + name);
  }

  private static long count(DatasetGraph dsg, String query) {
    return Txn.calculateRead(dsg, () -> {
      RowSet rows = QueryExec.dataset(dsg).query(query).select();
      return Long.parseLong(rows.next().get("n").getLiteralLexicalForm());
    });
  }
}

package zonekg.serve;

import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import zonekg.store.Stores;

/** Servers on a free port for the server tests, and data large enough to make a query slow. */
final class TestServers {
  private TestServers() {}

  static ZoneServer start(DatasetGraph dsg, Duration timeout) {
    return ZoneServer.create().dataset(dsg).port(ZoneServer.ANY_PORT).timeout(timeout).build().start();
  }

  /** One named graph of {@code triples} distinct statements, so that a cross join of it runs for minutes. */
  static DatasetGraph generated(int triples) {
    DatasetGraph dsg = Stores.memory();
    Stores.fill(dsg, sink -> {
      for (int i = 0; i < triples; i++) {
        sink.quad(Quad.create(NodeFactory.createURI("http://example.org/doc"),
            NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"),
            NodeFactory.createLiteralString("o" + i)));
      }
      return null;
    });
    return dsg;
  }
}

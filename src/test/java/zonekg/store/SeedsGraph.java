package zonekg.store;

import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import zonekg.pipeline.Pipeline;

/** The graph of seeds/ in memory, queried the way the server queries it (union default graph). */
final class SeedsGraph {
  private final DatasetGraph dsg;

  private SeedsGraph(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  static SeedsGraph build() {
    DatasetGraph dsg = Stores.memory();
    Stores.fill(dsg, sink -> Pipeline.create().build().run(Path.of("seeds"), sink));
    UnionDefaultGraph.applyIfNamedOnly(dsg);
    return new SeedsGraph(dsg);
  }

  /**
   * The same quads in a plain Jena dataset, its default graph a copy of the union: queries on it run on ARQ's own
   * executor and Jena's own graphs, not zonekg's read copy.
   */
  SeedsGraph plainCopy() {
    DatasetGraph plain = DatasetGraphFactory.createGeneral();
    Txn.executeRead(dsg, () -> {
      dsg.find().forEachRemaining(plain::add);
      GraphUtil.addInto(plain.getDefaultGraph(), UnionDefaultGraph.visibleGraph(dsg));
    });
    return new SeedsGraph(plain);
  }

  /** What {@code answer} makes of {@code query}'s execution, inside a read transaction. */
  <T> T query(Query query, Function<QueryExecution, T> answer) {
    return Txn.calculateRead(dsg, () -> {
      try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
        return answer.apply(qe);
      }
    });
  }
}

package zonekg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Decides what queries without a GRAPH clause see: the union of the named graphs when the data has named graphs
 * only (a build: ontology plus one graph per document), else the stored default graph (a Turtle file).
 * TDB2 reads the setting from the dataset's context, and {@link MemoryDataset} follows TDB2, so SPARQL in this
 * process and in Fuseki both follow it.
 */
public final class UnionDefaultGraph {
  private UnionDefaultGraph() {}

  /** Turns the union default graph on when {@code dsg} holds named graphs and an empty default graph. */
  public static void applyIfNamedOnly(DatasetGraph dsg) {
    // off while looking, so that the stored default graph is the one checked
    dsg.getContext().set(TDB2.symUnionDefaultGraph, false);
    // the stored graph itself: asking the served view would make its read copy before the setting is known
    DatasetGraph stored = MemoryDataset.stored(dsg);
    boolean namedOnly = Txn.calculateRead(dsg,
        () -> stored.getDefaultGraph().isEmpty() && dsg.listGraphNodes().hasNext());
    dsg.getContext().set(TDB2.symUnionDefaultGraph, namedOnly);
  }

  /** Whether queries on {@code dsg} see the union of its named graphs as their default graph. */
  public static boolean isOn(DatasetGraph dsg) {
    return dsg.getContext().isTrue(TDB2.symUnionDefaultGraph);
  }

  /** The graph a query without GRAPH sees; call inside a read transaction. */
  public static Graph visibleGraph(DatasetGraph dsg) {
    return isOn(dsg) ? dsg.getUnionGraph() : dsg.getDefaultGraph();
  }
}

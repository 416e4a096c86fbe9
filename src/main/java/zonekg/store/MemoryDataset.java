package zonekg.store;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Jena's transactional in-memory dataset, made to honour the union-default-graph setting that TDB2 honours by
 * itself ({@link UnionDefaultGraph}): when it is on, the default graph — as a graph and in {@code find} — is the
 * union of the named graphs, so SPARQL, jena-text's view and Fuseki all see what a TDB2 store would show.
 * <p>The union is copied once into a plain in-memory graph, on first use after each write: a served graph is read
 * many times and written once, and finding in the copy is two to three times faster than merging the named graphs
 * (and removing their duplicates) on every lookup.
 * <p>Why not TDB2 in memory: on a cold JVM, loading a few documents' quads into it took most of {@code serve}'s
 * start-up (B+tree code runs interpreted), and its lookups are slower than the in-memory indexes.
 */
// A DatasetGraphWrapperView is not unwrapped by ARQ's query engine, which would otherwise query the plain dataset.
final class MemoryDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {
  /** The union of the named graphs as of the last commit; null until asked for. */
  private Graph union;

  MemoryDataset() {
    super(DatasetGraphFactory.createTxnMem());
  }

  /** The quads as stored, with the stored default graph: what a syntax holding named graphs should write. */
  static DatasetGraph stored(DatasetGraph dsg) {
    return dsg instanceof MemoryDataset memory ? memory.getWrapped() : dsg;
  }

  private boolean union() {
    return UnionDefaultGraph.isOn(this);
  }

  @Override
  public Graph getDefaultGraph() {
    return union() ? unionCopy() : super.getDefaultGraph();
  }

  @Override
  public void commit() {
    // Txn commits read transactions too; only a write can change the union
    boolean wrote = transactionMode() == ReadWrite.WRITE;
    super.commit();
    if (wrote) {
      synchronized (this) {
        union = null;
      }
    }
  }

  /** Call inside a transaction, as every reader does. */
  private synchronized Graph unionCopy() {
    if (union == null) {
      Graph copy = GraphFactory.createDefaultGraph();
      super.getUnionGraph().find().forEachRemaining(copy::add);
      union = copy;
    }
    return union;
  }

  @Override
  public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
    return union() && Quad.isDefaultGraph(g) ? unionAsDefault(s, p, o) : super.find(g, s, p, o);
  }

  @Override
  public Iterator<Quad> find(Quad quad) {
    return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public boolean contains(Node g, Node s, Node p, Node o) {
    return union() && Quad.isDefaultGraph(g) ? unionAsDefault(s, p, o).hasNext() : super.contains(g, s, p, o);
  }

  @Override
  public boolean contains(Quad quad) {
    return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  private Iterator<Quad> unionAsDefault(Node s, Node p, Node o) {
    return Iter.map(unionCopy().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
  }
}

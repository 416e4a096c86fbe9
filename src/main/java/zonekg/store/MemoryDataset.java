package zonekg.store;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
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
 * (and removing their duplicates) on every lookup. Only a reader that began after the last write may make or use the
 * copy: one that began before it sees the data of its own snapshot, and a copy made from that snapshot would hide the
 * write from every later reader (a page warmed up beside a serve's build once made the whole graph look empty).
 * <p>Why not TDB2 in memory: on a cold JVM, loading a few documents' quads into it took most of {@code serve}'s
 * start-up (B+tree code runs interpreted), and its lookups are slower than the in-memory indexes.
 */
// A DatasetGraphWrapperView is not unwrapped by ARQ's query engine, which would otherwise query the plain dataset.
final class MemoryDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {
  /** Write transactions committed so far. */
  private final AtomicLong writes = new AtomicLong();
  /** For the transaction open on this thread, how many writes had been committed when it began. */
  private final ThreadLocal<Long> began = new ThreadLocal<>();
  /** The union of the named graphs after {@link #unionWrites} writes; null until asked for. */
  private Graph union;
  private long unionWrites = -1;

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
    return union() ? unionGraph() : super.getDefaultGraph();
  }

  @Override
  public void begin(TxnType type) {
    // counted before beginning: a write committed in between makes this reader look older than it is, never newer
    long committed = writes.get();
    super.begin(type);
    began.set(committed);
  }

  @Override
  public void begin(ReadWrite mode) {
    begin(TxnType.convert(mode));
  }

  @Override
  public void commit() {
    // Txn commits read transactions too; only a write can change the union
    boolean wrote = transactionMode() == ReadWrite.WRITE;
    super.commit();
    if (wrote) {
      writes.incrementAndGet();
      // the old copy is of no use to any reader begun from now on: let it go before one asks for the new
      synchronized (this) {
        union = null;
      }
    }
  }

  @Override
  public void end() {
    super.end();
    began.remove();
  }

  /** Call inside a transaction, as every reader does. */
  private synchronized Graph unionGraph() {
    Long committed = began.get();
    if (committed == null || committed != writes.get()) {
      // outside a transaction, or in one older than the last write: the view of this snapshot, not a shared copy
      return super.getUnionGraph();
    }
    if (union == null || unionWrites != committed) {
      Graph copy = GraphFactory.createDefaultGraph();
      super.getUnionGraph().find().forEachRemaining(copy::add);
      union = copy;
      unionWrites = committed;
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
    return Iter.map(unionGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
  }
}

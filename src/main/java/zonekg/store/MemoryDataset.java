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
import org.apache.jena.sparql.engine.main.QC;

/**
 * Jena's transactional in-memory dataset, made to honour the union-default-graph setting that TDB2 honours by
 * itself ({@link UnionDefaultGraph}): when it is on, the default graph — as a graph and in {@code find} — is the
 * union of the named graphs, so SPARQL, jena-text's view and Fuseki all see what a TDB2 store would show.
 * <p>What readers see without GRAPH — the union, or the stored default graph of a loaded Turtle file — is copied
 * once into a {@link ReadGraph}, on first read after each write: a served graph is read many times and written
 * once, and finding in the copy is two to three times faster than merging the named graphs (and removing their
 * duplicates) or than the transactional indexes. Only a reader that began after the last write may make or use the
 * copy: one that began before it sees the data of its own snapshot, and a copy made from that snapshot would hide
 * the write from every later reader (a page warmed up beside a serve's build once made the whole graph look empty).
 * Writers always see the live graph.
 * <p>Why not TDB2 in memory: on a cold JVM, loading a few documents' quads into it took most of {@code serve}'s
 * start-up (B+tree code runs interpreted), and its lookups are slower than the in-memory indexes.
 */
// A DatasetGraphWrapperView is not unwrapped by ARQ's query engine, which would otherwise query the plain dataset.
final class MemoryDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {
  /** Write transactions committed so far. */
  private final AtomicLong writes = new AtomicLong();
  /** For the transaction open on this thread, how many writes had been committed when it began. */
  private final ThreadLocal<Long> began = new ThreadLocal<>();
  /** What readers see without GRAPH after {@link #copyWrites} writes, with the union on or off; null until asked. */
  private Graph copy;
  private long copyWrites = -1;
  private boolean copyOfUnion;

  MemoryDataset() {
    super(DatasetGraphFactory.createTxnMem());
    QC.setFactory(getContext(), ReadGraphExecutor.FACTORY);
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
    return visibleGraph();
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
        copy = null;
      }
    }
  }

  @Override
  public void end() {
    super.end();
    began.remove();
  }

  /** The graph a query without GRAPH sees; call inside a transaction, as every reader does. */
  private synchronized Graph visibleGraph() {
    Long committed = began.get();
    // outside a transaction, in one older than the last write, or writing: the live view, not a shared copy
    if (committed == null || committed != writes.get() || transactionMode() == ReadWrite.WRITE) {
      return liveGraph();
    }
    if (copy == null || copyWrites != committed || copyOfUnion != union()) {
      copy = ReadGraph.copyOf(liveGraph());
      copyWrites = committed;
      copyOfUnion = union();
    }
    return copy;
  }

  private Graph liveGraph() {
    return union() ? super.getUnionGraph() : super.getDefaultGraph();
  }

  @Override
  public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
    return Quad.isDefaultGraph(g) ? inDefaultGraph(s, p, o) : super.find(g, s, p, o);
  }

  @Override
  public Iterator<Quad> find(Quad quad) {
    return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public boolean contains(Node g, Node s, Node p, Node o) {
    return Quad.isDefaultGraph(g) ? inDefaultGraph(s, p, o).hasNext() : super.contains(g, s, p, o);
  }

  @Override
  public boolean contains(Quad quad) {
    return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  private Iterator<Quad> inDefaultGraph(Node s, Node p, Node o) {
    return Iter.map(visibleGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
  }
}

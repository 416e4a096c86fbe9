package zonekg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.DatabaseOps;
import zonekg.doc.ConfigException;

/**
 * Opens the datasets a graph lives in: in memory for one run, or a TDB2 store in a folder for corpora larger than
 * memory.
 * <pre>
 *   DatasetGraph dsg = Stores.memory();
 *   BuildReport report = Stores.replace(dsg, sink -&gt; pipeline.run(input, sink));
 * </pre>
 * Both kinds follow one union-default-graph setting ({@link UnionDefaultGraph}), so queries, the exporter and
 * Fuseki alike see the union of the documents' graphs.
 */
public final class Stores {
  private Stores() {}

  /** A new, empty in-memory dataset. */
  public static DatasetGraph memory() {
    return new MemoryDataset();
  }

  /**
   * The TDB2 store in {@code dir} for a build: created when new; an earlier build in it stays until
   * {@link #replace} commits the new one.
   */
  public static DatasetGraph createTdb(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ConfigException(dir + ": not a folder; cannot hold a TDB2 store");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ConfigException(dir + ": cannot create the TDB2 folder (" + e.getMessage() + ")", e);
    }
    if (!Files.isWritable(dir)) {
      throw new ConfigException(dir + ": not writable; cannot hold a TDB2 store");
    }
    return connect(dir);
  }

  /** The existing TDB2 store in {@code dir}, for queries; its default graph is set up by {@link UnionDefaultGraph}. */
  public static DatasetGraph openTdb(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(dir + ": no such folder; build a store there first with build --tdb");
    }
    // An empty folder would silently become a new, empty store: refuse anything without TDB2's data folder.
    if (DatabaseOps.findStorageLocation(dir) == null) {
      throw new ConfigException(dir + ": not a TDB2 store (no Data-NNNN folder); build one with build --tdb");
    }
    DatasetGraph dsg = connect(dir);
    UnionDefaultGraph.applyIfNamedOnly(dsg);
    return dsg;
  }

  // TDB2 fails with its own exceptions, e.g. when another process holds the folder's lock.
  private static DatasetGraph connect(Path dir) {
    try {
      return DatabaseMgr.connectDatasetGraph(dir.toString());
    } catch (JenaException e) {
      throw new ConfigException(dir + ": cannot open the TDB2 store (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Runs {@code producer} with a sink into {@code dsg} inside one write transaction, then makes the default
   * graph the union of the named graphs when the producer wrote named graphs only.
   */
  public static <T> T fill(DatasetGraph dsg, Function<StreamRDF, T> producer) {
    return write(dsg, false, producer);
  }

  /**
   * Like {@link #fill}, but first empties {@code dsg} in the same transaction: graphs of documents since removed
   * do not linger, and when the producer fails the earlier content is still there.
   */
  public static <T> T replace(DatasetGraph dsg, Function<StreamRDF, T> producer) {
    return write(dsg, true, producer);
  }

  /**
   * Makes now what queries without GRAPH will read, rather than on the first query: for an in-memory dataset that
   * is its read copy, which takes seconds on a graph of millions of triples. Call it once the dataset is filled;
   * returns the graph made.
   */
  public static Graph prepareReads(DatasetGraph dsg) {
    return Txn.calculateRead(dsg, dsg::getDefaultGraph);
  }

  private static <T> T write(DatasetGraph dsg, boolean clearFirst, Function<StreamRDF, T> producer) {
    StreamRDF sink = StreamRDFLib.dataset(dsg);
    T result = Txn.calculateWrite(dsg, () -> {
      if (clearFirst) {
        dsg.clear();
        dsg.prefixes().clear();
      }
      sink.start();
      try {
        return producer.apply(sink);
      } finally {
        sink.finish();
      }
    });
    UnionDefaultGraph.applyIfNamedOnly(dsg);
    return result;
  }
}

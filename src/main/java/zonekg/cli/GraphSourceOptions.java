package zonekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zonekg.segment.HanlpTokenizer;
import zonekg.store.RdfFileLoader;
import zonekg.store.Stores;

/** Where serve, query and export read the graph from: built from --input (the default), loaded from --data or --tdb. */
public final class GraphSourceOptions {
  /** The folder of *.txt documents read when no source is given. */
  public static final String DEFAULT_INPUT = "seeds/";

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private Source source;

  @Mixin
  private FileSizeOption fileSize;

  @Mixin
  private IriBaseOption base;

  /** The three mutually exclusive sources. */
  static final class Source {
    @Option(names = "--input", paramLabel = "DIR",
        description = "Build the graph from every *.txt file in DIR (default: " + DEFAULT_INPUT + ").")
    Path input;

    @Option(names = "--data", paramLabel = "FILE",
        description = "Load an RDF file (ttl, trig, nt, nq, jsonld, rdf) instead of building.")
    Path data;

    @Option(names = "--tdb", paramLabel = "DIR", description = "Read the TDB2 store written by build --tdb DIR.")
    Path tdb;
  }

  /** The base of the IRIs a build from --input mints. */
  String base() {
    return base.base();
  }

  /** Opens the chosen source; a build reports skipped files on {@code err}. */
  DatasetGraph open(PrintWriter err) {
    DatasetGraph dsg = store();
    fill(dsg, err);
    return dsg;
  }

  /**
   * Where the graph will be: the TDB2 store of --tdb, else a new in-memory dataset for {@link #fill}. For a build,
   * HanLP starts loading its dictionaries now, so that whatever the caller does before filling overlaps it.
   */
  DatasetGraph store() {
    if (source != null && source.tdb != null) {
      return Stores.openTdb(source.tdb);
    }
    if (source == null || source.input != null) {
      HanlpTokenizer.preload();
    }
    return Stores.memory();
  }

  /** Fills a dataset from {@link #store()}: builds --input or loads --data; a TDB2 store is full already. */
  void fill(DatasetGraph store, PrintWriter err) {
    if (source != null && source.data != null) {
      RdfFileLoader.loadInto(store, source.data);
    } else if (source == null || source.input != null) {
      GraphBuild.run(source == null ? Path.of(DEFAULT_INPUT) : source.input, store, fileSize.reader(), base.base(),
          err);
    }
  }
}

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
    if (source != null && source.data != null) {
      return RdfFileLoader.load(source.data);
    }
    if (source != null && source.tdb != null) {
      return Stores.openTdb(source.tdb);
    }
    HanlpTokenizer.preload();
    DatasetGraph dsg = Stores.memory();
    GraphBuild.run(source == null ? Path.of(DEFAULT_INPUT) : source.input, dsg, fileSize.reader(), base.base(), err);
    return dsg;
  }
}

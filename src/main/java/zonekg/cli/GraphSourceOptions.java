package zonekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zonekg.doc.ZonekgException;
import zonekg.pipeline.BuildReport;
import zonekg.segment.HanlpTokenizer;
import zonekg.store.BuildCache;
import zonekg.store.RdfFileLoader;
import zonekg.store.Stores;

/** Where serve, query and export read the graph from: built from --input (the default), loaded from --data or --tdb. */
public final class GraphSourceOptions {
  /** The folder of *.txt documents read when no source is given. */
  public static final String DEFAULT_INPUT = "seeds/";
  private static final Runnable NOTHING = () -> { };
  /**
   * The largest graph kept in the cache. What it spares is HanLP's start and the extraction's JIT, about a
   * second and a half; reading a graph back takes as long as building it once it is large (2 000 documents,
   * 3.8 M quads: built in 34 s, read back from 795 MB of RDF Thrift in 33 s).
   */
  static final long MAX_CACHED_QUADS = 250_000;

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

  @Mixin
  private CacheOption cacheOption;

  /** The cache and the key of this build in it, once {@link #store()} has looked; empty when there is none. */
  private Optional<Cached> cached = Optional.empty();

  private record Cached(BuildCache cache, BuildCache.Key key) {}

  /** The base of the IRIs a build from --input mints. */
  String base() {
    return base.base();
  }

  /**
   * Opens the chosen source; a build reports skipped files on {@code err}, and a new build is kept in the cache
   * before this returns.
   */
  DatasetGraph open(PrintWriter err) {
    DatasetGraph dsg = store();
    fill(dsg, err).run();
    return dsg;
  }

  /**
   * Where the graph will be: the TDB2 store of --tdb, else a new in-memory dataset for {@link #fill}. For a build
   * that the cache cannot spare, HanLP starts loading its dictionaries now, so that whatever the caller does
   * before filling overlaps it.
   */
  DatasetGraph store() {
    if (source != null && source.tdb != null) {
      return Stores.openTdb(source.tdb);
    }
    if (builds()) {
      cached = cacheOption.cache().flatMap(cache -> key(cache).map(key -> new Cached(cache, key)));
      if (cached.filter(c -> c.cache().contains(c.key())).isEmpty()) {
        HanlpTokenizer.preload();
      }
    }
    return Stores.memory();
  }

  /**
   * Fills a dataset from {@link #store()}: builds --input, or takes the same build from the cache, or loads
   * --data; a TDB2 store is full already. Returns what keeps a new build in the cache, for the caller to run when
   * it has time.
   */
  Runnable fill(DatasetGraph store, PrintWriter err) {
    if (source != null && source.data != null) {
      RdfFileLoader.loadInto(store, source.data);
    } else if (builds()) {
      Optional<List<String>> reused = cached.flatMap(c -> c.cache().load(c.key(), store));
      if (reused.isPresent()) {
        // a logger made now: one made with this class, before --verbose was read, would stay quiet
        Logger log = LoggerFactory.getLogger(GraphSourceOptions.class);
        log.info("{}: unchanged; its graph is taken from {} (--no-cache builds afresh)", input(),
            cached.get().cache().dir());
        GraphBuild.print(reused.get(), err);
        return NOTHING;
      }
      BuildReport report = GraphBuild.run(input(), store, fileSize.reader(), base.base(), err);
      return cached.filter(c -> report.quads() <= MAX_CACHED_QUADS)
          .<Runnable>map(c -> () -> c.cache().save(c.key(), store, GraphBuild.said(report)))
          .orElse(NOTHING);
    }
    return NOTHING;
  }

  private boolean builds() {
    return source == null || source.input != null;
  }

  private Path input() {
    return source == null ? Path.of(DEFAULT_INPUT) : source.input;
  }

  // Besides the documents, what changes the graph or what the build reports: the IRI base and the size limit.
  private Optional<BuildCache.Key> key(BuildCache cache) {
    List<Path> files;
    try {
      files = fileSize.reader().list(input());
    } catch (ZonekgException e) {
      return Optional.empty();
    }
    return cache.key(files, "base " + base.base() + "\nmax-file-size " + fileSize.bytes());
  }
}

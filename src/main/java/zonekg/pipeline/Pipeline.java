package zonekg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import zonekg.doc.Checks;
import zonekg.doc.InputException;
import zonekg.doc.MentionedDoc;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.ResolvedCorpus;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.SourceDoc;
import zonekg.doc.Stage;
import zonekg.doc.ZonekgException;
import zonekg.graph.GraphEmitter;
import zonekg.graph.Iris;
import zonekg.graph.Ontology;
import zonekg.graph.ShapeValidator;
import zonekg.ingest.DocumentReader;
import zonekg.vocab.ZK;

/**
 * Builds the graph of a folder of documents, writing quads to a sink of the caller's choice:
 * read → normalise → segment → extract per document (in parallel), then resolve across
 * documents and emit each document's named graph in file-name order.
 * <pre>
 *   Pipeline pipeline = Pipeline.create().threads(2).build();
 *   BuildReport report = pipeline.run(Path.of("seeds"), StreamRDFLib.dataset(dsg));
 * </pre>
 */
public final class Pipeline {
  private static final String WARM_UP_NAME = "warm-up.txt";
  /** Read before memory can run out. */
  private static final long HEAP_MIB = HeapSize.givenMiB();
  private static final String WARM_UP_TEXT = "成都高新区地区生产总值同比增长8.5%，四川某某科技有限公司的项目已投产。";
  private final DocumentReader reader;
  private final Stage<SourceDoc, NormalisedDoc> normaliser;
  private final Stage<NormalisedDoc, SegmentedDoc> segmenter;
  private final Stage<SegmentedDoc, MentionedDoc> extractor;
  private final Stage<List<MentionedDoc>, ResolvedCorpus> resolver;
  private final Iris iris;
  private final int threads;
  private final boolean progress;
  private final long waitingBudget;
  private final boolean validate;

  private Pipeline(Builder b) {
    this.reader = b.reader;
    this.normaliser = b.normaliser;
    this.segmenter = b.segmenter;
    this.extractor = b.extractor;
    this.resolver = b.resolver;
    this.iris = new Iris(b.base);
    this.threads = b.threads;
    this.progress = b.progress;
    this.waitingBudget = b.waitingBudget;
    this.validate = b.validate;
  }

  /** A builder with zonekg's standard stages, each of which can be replaced. */
  public static Builder create() {
    return StandardStages.into(new Builder());
  }

  /**
   * Reads every *.txt file of {@code input} and emits the ontology and each document's quads, in document order.
   * Files that cannot be read are skipped and listed in the report; when none can be read, nothing is emitted
   * and a {@link NothingReadException} names each file's reason.
   */
  public BuildReport run(Path input, StreamRDF sink) {
    List<Path> files = reader.list(input);
    // Parsing the ontology and the shapes takes a cold JVM about a second: overlap it with the single-threaded
    // warm-up and the extraction instead of following them.
    CompletableFuture<Schema> schema = CompletableFuture.supplyAsync(() -> Schema.load(validate));
    warmUp();
    try (WaitingDocs docs = new WaitingDocs(waitingBudget)) {
      List<InputException> skipped;
      try (Progress bar = Progress.of(progress, "build", files.size())) {
        skipped = extractAll(files, bar, docs);
      }
      if (docs.isEmpty()) {
        throw new NothingReadException(input, skipped);
      }
      docs.sortByName();
      ResolvedCorpus corpus = resolver.apply(docs);
      List<String> violations = new ArrayList<>();
      long quads = emit(corpus, sink, violations, Schema.await(schema));
      return new BuildReport(docs.size(), skipped, quads, violations);
    }
  }

  private long emit(ResolvedCorpus corpus, StreamRDF sink, List<String> violations, Schema schema) {
    DocumentGraphs graphs = new DocumentGraphs(new GraphEmitter(iris), schema.validator(), threads);
    sink.start();
    sink.prefix("zkd", iris.base());
    long quads = Ontology.emit(schema.ontology(), sink);
    quads += graphs.write(corpus, sink, violations);
    quads += BuildRecord.emit(iris, corpus, sink);
    sink.finish();
    return quads;
  }

  /** The ontology emitted into every graph and, when the build validates, the shapes each graph is checked against. */
  private record Schema(Graph ontology, Optional<ShapeValidator> validator) {
    static Schema load(boolean withShapes) {
      Graph ontology = Ontology.load();
      return new Schema(ontology, withShapes ? Optional.of(new ShapeValidator(ontology)) : Optional.empty());
    }

    static Schema await(CompletableFuture<Schema> loading) {
      try {
        return loading.join();
      } catch (CompletionException e) {
        throw TaskFailure.unwrap(e);
      }
    }
  }

  /**
   * One file's result: read (its document waits in the corpus), skipped for a reason, or {@link #OUT_OF_MEMORY}
   * when memory ran out meanwhile.
   */
  private record Outcome(boolean read, InputException problem) {
    static final Outcome READ = new Outcome(true, null);
    /** Made in advance: when memory has run out, even a message cannot be allocated. */
    static final Outcome OUT_OF_MEMORY = new Outcome(false, null);
  }

  /** Extracts every file into {@code docs}; returns the files skipped, each with its reason, in file order. */
  private List<InputException> extractAll(List<Path> files, Progress bar, WaitingDocs docs) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          Outcome o = extract(file, docs);
          bar.step();
          return o;
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      List<InputException> skipped = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        // Memory that a huge file exhausted fails whatever ran beside it: once all are done, try each such file alone.
        Outcome o = outcomes.get(i) == Outcome.OUT_OF_MEMORY ? extractAlone(files.get(i), docs) : outcomes.get(i);
        if (!o.read()) {
          skipped.add(o.problem());
        }
      }
      return skipped;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ZonekgException("build interrupted", e);
    } catch (ExecutionException e) {
      throw TaskFailure.unwrap(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs the stages once on a sentence, so that their lazily loaded dictionaries (HanLP's) are in memory before
   * documents compete for it: a class whose loading an OutOfMemoryError cuts short stays unusable for the run.
   */
  private void warmUp() {
    process(new SourceDoc(WARM_UP_NAME, Path.of(WARM_UP_NAME), WARM_UP_TEXT, "0"));
  }

  /** One document through the per-document stages: normalise, segment, extract. */
  public MentionedDoc process(SourceDoc source) {
    return extractor.apply(segmenter.apply(normaliser.apply(source)));
  }

  private Outcome extract(Path file, WaitingDocs docs) {
    MentionedDoc doc;
    try {
      doc = Slim.afterExtraction(process(reader.read(file)));
    } catch (InputException e) {
      return new Outcome(false, e);
    } catch (RuntimeException e) {
      // a bug on one hostile text must not lose the others; the file and the reason are reported
      return new Outcome(false, new InputException(file, "cannot be processed (" + e + ")"));
    } catch (OutOfMemoryError e) {
      // A document's words take tens of times its bytes; what this file allocated is garbage once we are here.
      return Outcome.OUT_OF_MEMORY;
    }
    // A spill file that cannot be written fails the build, not this one file.
    try {
      docs.add(doc);
      return Outcome.READ;
    } catch (OutOfMemoryError e) {
      return Outcome.OUT_OF_MEMORY;
    }
  }

  /** The IRIs this pipeline mints. */
  public Iris iris() {
    return iris;
  }

  private Outcome extractAlone(Path file, WaitingDocs docs) {
    Outcome again = extract(file, docs);
    if (again != Outcome.OUT_OF_MEMORY) {
      return again;
    }
    return new Outcome(false, new InputException(file, "too large for the memory given to Java ("
        + HEAP_MIB + " MiB); give more with java -Xmx, e.g. -Xmx4g"));
  }

  /** Configures a pipeline; {@link #build()} refuses a missing stage. */
  public static final class Builder {
    /** Threads extracting documents in parallel unless told otherwise. */
    public static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();
    /**
     * Extracted documents wait for resolution in memory up to an eighth of the heap, and on disk beyond it, so
     * the heap stays free for segmenting and for the corpus's entities.
     */
    public static final long DEFAULT_WAITING_BUDGET = Runtime.getRuntime().maxMemory() / 8;

    private DocumentReader reader;
    private Stage<SourceDoc, NormalisedDoc> normaliser;
    private Stage<NormalisedDoc, SegmentedDoc> segmenter;
    private Stage<SegmentedDoc, MentionedDoc> extractor;
    private Stage<List<MentionedDoc>, ResolvedCorpus> resolver;
    private String base = ZK.DATA_BASE;
    private int threads = DEFAULT_THREADS;
    private boolean progress;
    private long waitingBudget = DEFAULT_WAITING_BUDGET;
    private boolean validate = true;

    Builder() {}

    public Builder reader(DocumentReader r) {
      this.reader = r;
      return this;
    }

    public Builder normaliser(Stage<SourceDoc, NormalisedDoc> s) {
      this.normaliser = s;
      return this;
    }

    public Builder segmenter(Stage<NormalisedDoc, SegmentedDoc> s) {
      this.segmenter = s;
      return this;
    }

    public Builder extractor(Stage<SegmentedDoc, MentionedDoc> s) {
      this.extractor = s;
      return this;
    }

    public Builder resolver(Stage<List<MentionedDoc>, ResolvedCorpus> s) {
      this.resolver = s;
      return this;
    }

    /** The base of minted IRIs, ending in / or #. */
    public Builder base(String iriBase) {
      this.base = iriBase;
      return this;
    }

    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    /** Estimated bytes of extracted documents kept in memory until resolution; the rest wait on disk. */
    public Builder waitingBudget(long bytes) {
      this.waitingBudget = bytes;
      return this;
    }

    /**
     * Checks each document's graph against the SHACL shapes and reports violations (the default). A graph built
     * only to be served or queried can skip it: {@code build} checks the same graph, and skipping saves most of a
     * second of a cold start.
     */
    public Builder validate(boolean check) {
      this.validate = check;
      return this;
    }

    /** Shows a progress bar on stderr when it is a terminal. */
    public Builder progress(boolean show) {
      this.progress = show;
      return this;
    }

    public Pipeline build() {
      Checks.state(reader != null, "pipeline without a document reader");
      Checks.state(normaliser != null, "pipeline without a normaliser");
      Checks.state(segmenter != null, "pipeline without a segmenter");
      Checks.state(extractor != null, "pipeline without an extractor");
      Checks.state(resolver != null, "pipeline without a resolver");
      Checks.argument(threads >= 1, "threads must be at least 1, not %d", threads);
      Checks.argument(waitingBudget >= 0, "negative memory budget %d", waitingBudget);
      new Iris(base);
      return new Pipeline(this);
    }
  }
}

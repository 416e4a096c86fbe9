package zonekg.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import zonekg.doc.MentionedDoc;
import zonekg.doc.ResolvedCorpus;
import zonekg.doc.ZonekgException;
import zonekg.graph.GraphEmitter;
import zonekg.graph.ShapeValidator;

/**
 * Emits and validates each document's named graph on worker threads, then writes them to the sink
 * in document order. At most a few graphs wait in memory at once, so a corpus of any size streams.
 */
final class DocumentGraphs {
  /** Graphs in flight per thread: enough to keep the workers busy while the sink writes. */
  private static final int WINDOW_PER_THREAD = 4;

  private final GraphEmitter emitter;
  private final Optional<ShapeValidator> validator;
  private final int threads;

  /** Checks each graph with {@code validator}, or not at all when it is empty. */
  DocumentGraphs(GraphEmitter emitter, Optional<ShapeValidator> validator, int threads) {
    this.emitter = emitter;
    this.validator = validator;
    this.threads = threads;
  }

  /** One document's quads and the shape violations found in them, each prefixed by the file name. */
  private record Emitted(List<Quad> quads, List<String> violations) {}

  /** Writes every document's graph to {@code sink}; adds violations to {@code violations}; returns the quad count. */
  long write(ResolvedCorpus corpus, StreamRDF sink, List<String> violations) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Emitted>> window = new ArrayDeque<>();
      long quads = 0;
      List<MentionedDoc> docs = corpus.docs();
      for (int i = 0; i < docs.size(); i++) {
        int at = i;
        // fetched on the worker: a document waiting on disk is read back there, beside the others
        window.add(pool.submit(() -> emit(corpus, docs.get(at))));
        if (window.size() >= threads * WINDOW_PER_THREAD) {
          quads += drain(window.poll(), sink, violations);
        }
      }
      while (!window.isEmpty()) {
        quads += drain(window.poll(), sink, violations);
      }
      return quads;
    } finally {
      pool.shutdownNow();
    }
  }

  private Emitted emit(ResolvedCorpus corpus, MentionedDoc doc) {
    List<Quad> quads = new ArrayList<>();
    emitter.emit(corpus, doc, new StreamRDFBase() {
      @Override
      public void quad(Quad quad) {
        quads.add(quad);
      }
    });
    return new Emitted(quads, validator.map(v -> violations(v, doc, quads)).orElse(List.of()));
  }

  private static List<String> violations(ShapeValidator validator, MentionedDoc doc, List<Quad> quads) {
    List<String> found = validator.violations(quads.stream().map(Quad::asTriple).toList());
    return found.stream().map(v -> doc.name() + ": " + v).toList();
  }

  private static long drain(Future<Emitted> next, StreamRDF sink, List<String> violations) {
    try {
      Emitted e = next.get();
      e.quads().forEach(sink::quad);
      violations.addAll(e.violations());
      return e.quads().size();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new ZonekgException("build interrupted", ex);
    } catch (ExecutionException ex) {
      throw TaskFailure.unwrap(ex);
    }
  }
}

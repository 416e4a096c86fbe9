package zonekg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.Span;
import zonekg.ingest.DocumentReader;
import zonekg.normalise.Normaliser;
import zonekg.segment.HanlpTokenizer;
import zonekg.segment.SentenceSplitter;

/**
 * The floor a build stands on: HanLP's segmentation of the same normalised sentences, with the
 * same thread count and nothing else. bench/run compares the build against it.
 * <pre>
 *   java -cp target/zonekg.jar zonekg.pipeline.SegmentationFloor DIR [THREADS]
 * </pre>
 * Prints one line: {@code characters seconds tokens}.
 */
public final class SegmentationFloor {
  private SegmentationFloor() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    DocumentReader reader = DocumentReader.create().build();
    Normaliser normaliser = new Normaliser();
    List<List<String>> docs = new ArrayList<>();
    long chars = 0;
    for (Path file : reader.list(dir)) {
      NormalisedDoc doc = normaliser.apply(reader.read(file));
      List<String> sentences = new ArrayList<>();
      for (Span s : SentenceSplitter.split(doc.text(), new Span(0, doc.text().length()))) {
        sentences.add(s.of(doc.text()));
      }
      chars += doc.text().length();
      docs.add(sentences);
    }
    HanlpTokenizer.tokenize("预热分词器。", 0);
    AtomicLong tokens = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (List<String> sentences : docs) {
      futures.add(pool.submit(() -> sentences.forEach(s -> tokens.addAndGet(HanlpTokenizer.tokenize(s, 0).size()))));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d %.3f %d%n", chars, seconds, tokens.get());
  }
}

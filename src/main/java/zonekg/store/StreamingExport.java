package zonekg.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDF2;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A build's two files written while its quads stream, never holding the graph in memory:
 * {@code zonekg.trig} with one named graph per document, and {@code zonekg.ttl} with the union of
 * all graphs. Both are written to temporary files and moved into place only when the build succeeds.
 * <pre>
 *   BuildReport report = StreamingExport.write(out, iris::describesOneDocument, sink -&gt; pipeline.run(input, sink));
 * </pre>
 */
public final class StreamingExport {
  public static final String TURTLE_FILE = "zonekg.ttl";
  public static final String TRIG_FILE = "zonekg.trig";

  private StreamingExport() {}

  /**
   * Runs {@code producer} with a sink into both files of {@code outDir}. {@code oneDocument} tells the
   * subjects that only one document describes (its sentences, its statistics); the union Turtle keeps
   * the other subjects' triples (entities several documents describe) once, remembering only those.
   */
  public static <T> T write(Path outDir, Predicate<Node> oneDocument, Function<StreamRDF, T> producer) {
    Object[] result = new Object[1];
    AtomicFile.writeTogether(List.of(outDir.resolve(TURTLE_FILE), outDir.resolve(TRIG_FILE)), outs -> {
      StreamRDF ttl = new UnionTriples(TurtleBlockWriter.turtle(outs.get(0)), oneDocument);
      StreamRDF trig = TurtleBlockWriter.trig(outs.get(1));
      result[0] = producer.apply(new StreamRDF2(ttl, trig));
    });
    @SuppressWarnings("unchecked")
    T typed = (T) result[0];
    return typed;
  }

  /** Quads to triples, each triple about a subject several graphs describe written once. */
  private static final class UnionTriples extends StreamRDFWrapper {
    private final Predicate<Node> oneDocument;
    private final Set<Triple> shared = new HashSet<>();

    UnionTriples(StreamRDF out, Predicate<Node> oneDocument) {
      super(out);
      this.oneDocument = oneDocument;
    }

    @Override
    public void quad(Quad quad) {
      triple(quad.asTriple());
    }

    @Override
    public void triple(Triple t) {
      if (oneDocument.test(t.getSubject()) || shared.add(t)) {
        super.triple(t);
      }
    }
  }
}

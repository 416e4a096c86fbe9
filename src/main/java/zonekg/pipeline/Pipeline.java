package zonekg.pipeline;

import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Builds the graph of a folder of documents, writing quads to a sink of the caller's choice.
 * <pre>
 *   Pipeline pipeline = Pipeline.create().threads(2).build();
 *   BuildReport report = pipeline.run(Path.of("seeds"), StreamRDFLib.dataset(dsg));
 * </pre>
 */
public final class Pipeline {
  private Pipeline() {}

  public static Builder create() {
    return new Builder();
  }

  /** Reads every *.txt file of {@code input} and emits the ontology and each document's quads, in document order. */
  public BuildReport run(Path input, StreamRDF sink) {
    throw new UnsupportedOperationException("pipeline not wired yet");
  }

  /** Configures a pipeline. */
  public static final class Builder {
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean progress;

    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    public Builder progress(boolean show) {
      this.progress = show;
      return this;
    }

    public Pipeline build() {
      return new Pipeline();
    }
  }
}

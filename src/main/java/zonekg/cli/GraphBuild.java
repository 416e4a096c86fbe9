package zonekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import zonekg.doc.ConfigException;
import zonekg.doc.InputException;
import zonekg.pipeline.BuildReport;
import zonekg.pipeline.Pipeline;
import zonekg.store.Stores;

/** Runs the pipeline over a folder into a dataset and reports each skipped file and shape violation on stderr. */
final class GraphBuild {
  private GraphBuild() {}

  /** Builds the documents of {@code input} into {@code dsg}, for serving or querying them. */
  static BuildReport run(Path input, DatasetGraph dsg, PrintWriter err) {
    Pipeline pipeline = pipeline(input);
    BuildReport report = Stores.fill(dsg, sink -> pipeline.run(input, sink));
    report(report, err);
    return report;
  }

  /** The standard pipeline, once {@code input} is known to be a folder. */
  static Pipeline pipeline(Path input) {
    if (!Files.isDirectory(input)) {
      throw new ConfigException(input + ": no such folder; nothing to build");
    }
    // The progress bar only helps a person watching a terminal; in scripts it would clutter the log.
    return Pipeline.create().progress(System.console() != null).build();
  }

  /** Names each skipped file and each shape violation on stderr. */
  static void report(BuildReport report, PrintWriter err) {
    for (InputException skipped : report.skipped()) {
      err.println("zonekg: " + skipped.getMessage());
    }
    for (String violation : report.violations()) {
      err.println("zonekg: shape violation: " + violation);
    }
    err.flush();
  }
}

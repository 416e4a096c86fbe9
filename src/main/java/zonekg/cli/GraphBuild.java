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

  static BuildReport run(Path input, DatasetGraph dsg, PrintWriter err) {
    if (!Files.isDirectory(input)) {
      throw new ConfigException(input + ": no such folder; nothing to build");
    }
    // The progress bar only helps a person watching a terminal; in scripts it would clutter the log.
    Pipeline pipeline = Pipeline.create().progress(System.console() != null).build();
    BuildReport report = Stores.fill(dsg, sink -> pipeline.run(input, sink));
    for (InputException skipped : report.skipped()) {
      err.println("zonekg: " + skipped.getMessage());
    }
    for (String violation : report.violations()) {
      err.println("zonekg: shape violation: " + violation);
    }
    err.flush();
    return report;
  }
}

package zonekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import zonekg.doc.ConfigException;
import zonekg.doc.InputException;
import zonekg.ingest.DocumentReader;
import zonekg.pipeline.BuildReport;
import zonekg.pipeline.NothingReadException;
import zonekg.pipeline.Pipeline;
import zonekg.store.Stores;

/** Runs the pipeline over a folder into a dataset, replacing what it held, and reports each skipped file on stderr. */
final class GraphBuild {
  private GraphBuild() {}

  static BuildReport run(Path input, DatasetGraph dsg, DocumentReader reader, PrintWriter err) {
    if (!Files.isDirectory(input)) {
      throw new ConfigException(input + ": no such folder; nothing to build");
    }
    // The progress bar only helps a person watching a terminal; in scripts it would clutter the log.
    Pipeline pipeline = Pipeline.create().reader(reader).progress(System.console() != null).build();
    try {
      BuildReport report = Stores.replace(dsg, sink -> pipeline.run(input, sink));
      print(report.skipped(), err);
      return report;
    } catch (NothingReadException e) {
      print(e.skipped(), err);
      throw e;
    }
  }

  private static void print(List<InputException> skipped, PrintWriter err) {
    for (InputException file : skipped) {
      err.println("zonekg: " + file.getMessage());
    }
    err.flush();
  }
}

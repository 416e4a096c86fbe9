package zonekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import zonekg.doc.ConfigException;
import zonekg.doc.InputException;
import zonekg.ingest.DocumentReader;
import zonekg.pipeline.BuildReport;
import zonekg.pipeline.NothingReadException;
import zonekg.pipeline.Pipeline;
import zonekg.store.Stores;

/** Runs the pipeline over a folder and reports each skipped file and shape violation on stderr. */
final class GraphBuild {
  private GraphBuild() {}

  /**
   * Builds the documents of {@code input} into {@code dsg}, replacing what it held, for serving or querying them;
   * without the shape check, which {@code build} does on the same graph.
   */
  static BuildReport run(Path input, DatasetGraph dsg, DocumentReader reader, String base, PrintWriter err) {
    Pipeline pipeline = pipeline(input, reader, base).validate(false).build();
    return reporting(err, () -> Stores.replace(dsg, sink -> pipeline.run(input, sink)));
  }

  /** The standard pipeline reading with {@code reader} and minting IRIs under {@code base}, once {@code input} is known to be a folder. */
  static Pipeline.Builder pipeline(Path input, DocumentReader reader, String base) {
    if (!Files.isDirectory(input)) {
      throw new ConfigException(input + ": no such folder; nothing to build");
    }
    // The progress bar only helps a person watching a terminal; in scripts it would clutter the log.
    return Pipeline.create().reader(reader).base(base).progress(System.console() != null);
  }

  /** Runs {@code build}, then names on stderr each file it skipped and each shape violation it found. */
  static BuildReport reporting(PrintWriter err, Supplier<BuildReport> build) {
    try {
      BuildReport report = build.get();
      print(said(report), err);
      return report;
    } catch (NothingReadException e) {
      print(e.skipped().stream().map(GraphBuild::skipped).toList(), err);
      throw e;
    }
  }

  /** The lines a build reports on stderr: each file skipped, each shape violation. */
  static List<String> said(BuildReport report) {
    return Stream.concat(report.skipped().stream().map(GraphBuild::skipped),
        report.violations().stream().map(violation -> "zonekg: shape violation: " + violation)).toList();
  }

  static void print(List<String> lines, PrintWriter err) {
    lines.forEach(err::println);
    err.flush();
  }

  private static String skipped(InputException file) {
    return "zonekg: " + file.getMessage();
  }
}

package zonekg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zonekg.pipeline.BuildReport;
import zonekg.store.AtomicFile;
import zonekg.store.DatasetExporter;
import zonekg.store.Stores;

/** {@code zonekg build}: reads the documents and writes OUT/zonekg.ttl and OUT/zonekg.trig (and a TDB2 store). */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Build the graph from a folder of documents and write OUT/zonekg.ttl and OUT/zonekg.trig.",
        "Exit status 3 when some files were skipped (each is named on stderr)."})
final class BuildCommand implements Callable<Integer> {
  static final String TURTLE_FILE = "zonekg.ttl";
  static final String TRIG_FILE = "zonekg.trig";

  @Spec
  private CommandSpec spec;

  @Option(names = "--input", paramLabel = "DIR", defaultValue = GraphSourceOptions.DEFAULT_INPUT,
      description = "Folder of *.txt documents (default: ${DEFAULT-VALUE}).")
  private Path input;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/",
      description = "Folder for zonekg.ttl and zonekg.trig (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Mixin
  private FileSizeOption fileSize;

  @Option(names = "--tdb", paramLabel = "DIR",
      description = "Also stream the graph into a TDB2 store at DIR, for corpora larger than memory.")
  private Path tdb;

  @Override
  public Integer call() {
    // A build may take minutes: find out first whether its outputs can be written at all.
    AtomicFile.checkFolder(out);
    DatasetGraph dsg = tdb == null ? Stores.memory() : Stores.createTdb(tdb);
    BuildReport report = GraphBuild.run(input, dsg, fileSize.reader(), spec.commandLine().getErr());
    Map<Path, Lang> outputs = new LinkedHashMap<>();
    outputs.put(out.resolve(TURTLE_FILE), Lang.TURTLE);
    outputs.put(out.resolve(TRIG_FILE), Lang.TRIG);
    DatasetExporter.write(dsg, outputs);
    spec.commandLine().getOut().printf("zonekg: read %d documents, skipped %d, wrote %d triples to %s%n",
        report.documents(), report.skipped().size(), report.quads(), out);
    spec.commandLine().getOut().flush();
    return report.skipped().isEmpty() ? 0 : Main.EXIT_SKIPPED;
  }
}

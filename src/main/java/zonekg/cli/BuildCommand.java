package zonekg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDF2;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zonekg.pipeline.BuildReport;
import zonekg.pipeline.Pipeline;
import zonekg.store.AtomicFile;
import zonekg.store.Stores;
import zonekg.store.StreamingExport;

/** {@code zonekg build}: reads the documents and writes OUT/zonekg.ttl and OUT/zonekg.trig (and a TDB2 store). */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Build the graph from a folder of documents and write OUT/zonekg.ttl and OUT/zonekg.trig.",
        "Exit status 3 when some files were skipped (each is named on stderr)."})
final class BuildCommand implements Callable<Integer> {
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

  @Mixin
  private IriBaseOption base;

  @Option(names = "--tdb", paramLabel = "DIR",
      description = "Also stream the graph into a TDB2 store at DIR, for corpora larger than memory.")
  private Path tdb;

  @Override
  public Integer call() {
    // A build may take minutes: find out first whether its outputs can be written at all.
    AtomicFile.checkFolder(out);
    Pipeline pipeline = GraphBuild.pipeline(input, fileSize.reader(), base.base()).build();
    // the files are written as the quads stream, so no build needs the whole graph in memory
    BuildReport report = GraphBuild.reporting(spec.commandLine().getErr(),
        () -> StreamingExport.write(out, pipeline.iris()::describesOneDocument, files -> tdb == null
            ? pipeline.run(input, files)
            : Stores.replace(Stores.createTdb(tdb), store -> pipeline.run(input, new StreamRDF2(files, store)))));
    spec.commandLine().getOut().printf("zonekg: read %d documents, skipped %d, wrote %d triples to %s%n",
        report.documents(), report.skipped().size(), report.quads(), out);
    spec.commandLine().getOut().flush();
    return report.skipped().isEmpty() ? 0 : Main.EXIT_SKIPPED;
  }
}

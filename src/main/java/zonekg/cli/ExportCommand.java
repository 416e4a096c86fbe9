package zonekg.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import zonekg.store.AtomicFile;
import zonekg.store.DatasetExporter;

/** {@code zonekg export}: writes the graph in an RDF syntax to a file or stdout. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the graph as ttl or nt (all triples) or trig or jsonld (one named graph per document)."})
final class ExportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private GraphSourceOptions source;

  @Option(names = "--format", defaultValue = "ttl",
      description = "RDF syntax: ttl, trig, nt or jsonld (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of stdout.")
  private Path out;

  @Override
  public Integer call() throws Exception {
    Lang lang = DatasetExporter.language(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "Invalid value for option '--format': '" + format + "' is not an RDF syntax (ttl, trig, nt, jsonld)"));
    if (out != null) {
      // Building the graph may take minutes: find out first whether the file can be written at all.
      AtomicFile.checkFolder(out.toAbsolutePath().getParent());
    }
    DatasetGraph dsg = source.open(spec.commandLine().getErr());
    if (out != null) {
      DatasetExporter.write(dsg, lang, out);
      return 0;
    }
    try (OutputStream stdout = Utf8Out.of(spec.commandLine().getOut())) {
      DatasetExporter.write(dsg, lang, stdout);
    }
    return 0;
  }
}

package zonekg.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import zonekg.store.SparqlQueries;
import zonekg.web.ChineseTextIndex;

/** {@code zonekg query}: runs one SPARQL query file on the graph and prints the results. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a SPARQL query on the graph; SELECT and ASK results in --format, CONSTRUCT as Turtle.")
final class QueryCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY.rq", description = "File holding one SPARQL query.")
  private Path queryFile;

  @Mixin
  private GraphSourceOptions source;

  @Option(names = "--format", defaultValue = "table",
      description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private QueryFormat format;

  @Override
  public Integer call() throws Exception {
    Query query = SparqlQueries.read(queryFile);
    DatasetGraph graph = source.open(spec.commandLine().getErr());
    // without the index, text:query would match nothing and leave every other pattern unfiltered
    DatasetGraph dsg = ChineseTextIndex.searchedBy(query) ? ChineseTextIndex.over(graph) : graph;
    try (OutputStream out = Utf8Out.of(spec.commandLine().getOut())) {
      SparqlQueries.run(dsg, query, format.lang(), out);
    }
    return 0;
  }
}

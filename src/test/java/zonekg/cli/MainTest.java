package zonekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.store.Stores;

class MainTest {
  private static final String ZONES_TTL = CommandRun.fixture("zones.ttl");
  private static final String DOCUMENTS_TRIG = CommandRun.fixture("documents.trig");
  private static final String NOT_RDF = CommandRun.fixture("not-rdf.ttl");

  @TempDir
  Path temp;

  @Test
  void queryJsonPrintsW3cResults() throws IOException {
    Path query = Files.writeString(temp.resolve("zones.rq"), """
        PREFIX ex: <http://example.org/zonekg/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?city { ?z a ex:Zone ; rdfs:label ?name OPTIONAL { ?z ex:city/rdfs:label ?city } }
        ORDER BY ?name
        """);

    CommandRun run = CommandRun.of("query", query.toString(), "--data", ZONES_TTL, "--format", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    ResultSet results = ResultSetMgr.read(
        new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    List<String> rows = new ArrayList<>();
    results.forEachRemaining(row -> rows.add(text(row, "name") + "|" + text(row, "city")));
    assertThat(rows).containsExactly("武汉东湖高新区|武汉市", "苏州工业园区|");
  }

  @Test
  void theReadyTextSearchFindsOnlyNamesHoldingTheWord() throws Exception {
    String graph = Path.of(MainTest.class.getResource("/zonekg/web/zones.trig").toURI()).toString();

    CommandRun run = CommandRun.of("query", "queries/text-search.rq", "--data", graph, "--format", "csv");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> names = run.out().lines().skip(1).map(line -> line.split(",")[1]).sorted().toList();
    assertThat(names).containsExactly("云岭生物医药研究院", "长江智能制造研究院");
  }

  @Test
  void queryTableOverNamedGraphsSeesTheirUnion() throws IOException {
    Path query = Files.writeString(temp.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");

    CommandRun run = CommandRun.of("query", query.toString(), "--data", DOCUMENTS_TRIG, "--format", "csv");

    assertThat(run.out()).isEqualTo("n\r\n6\r\n");
  }

  @Test
  void queryReadsATdbStore() throws IOException {
    Path dir = temp.resolve("tdb");
    DatasetGraph store = Stores.createTdb(dir);
    Stores.fill(store, sink -> {
      RDFParser.source(DOCUMENTS_TRIG).parse(sink);
      return null;
    });
    // Forget the cached store so the command opens it from its files, as a later process would.
    TDBInternal.expel(store);
    Path query = Files.writeString(temp.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");

    CommandRun run = CommandRun.of("query", query.toString(), "--tdb", dir.toString(), "--format", "tsv");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("?n\n6\n");
  }

  @Test
  void exportTurtleToStdoutIsTheUnionOfTheNamedGraphs() {
    CommandRun run = CommandRun.of("export", "--data", DOCUMENTS_TRIG);

    assertThat(run.exit()).isZero();
    Graph exported = RDFParser.fromString(run.out(), Lang.TURTLE).toGraph();
    Graph expected = RDFParser.source(DOCUMENTS_TRIG).toDatasetGraph().getUnionGraph();
    assertThat(exported.isIsomorphicWith(expected)).isTrue();
  }

  @Test
  void exportTrigToAFile() {
    Path out = temp.resolve("dump/zonekg.trig");

    CommandRun run = CommandRun.of("export", "--data", DOCUMENTS_TRIG, "--format", "trig", "--out", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    DatasetGraph read = DatasetGraphFactory.createTxnMem();
    RDFParser.source(out).parse(read);
    assertThat(IsoMatcher.isomorphic(read, RDFParser.source(DOCUMENTS_TRIG).toDatasetGraph())).isTrue();
  }

  @Test
  void aFileThatIsNotRdfIsOneLineAndExitOne() {
    CommandRun run = CommandRun.of("export", "--data", NOT_RDF);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(
        "zonekg: " + NOT_RDF + ": not RDF ([line: 1, col: 1 ] Out of place: [KEYWORD:this])" + System.lineSeparator());
  }

  @Test
  void aMissingInputFolderIsOneLineAndExitOne() {
    String missing = temp.resolve("no-such-folder").toString();

    CommandRun run = CommandRun.of("query", "q.rq", "--input", missing);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("zonekg: q.rq: no such file" + System.lineSeparator());
  }

  @Test
  void buildFromAMissingInputFolderIsOneLineAndExitOne() {
    String missing = temp.resolve("no-such-folder").toString();

    CommandRun run = CommandRun.of("build", "--input", missing, "--out", temp.resolve("out").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("zonekg: " + missing + ": no such folder; nothing to build" + System.lineSeparator());
  }

  @Test
  void exportFromAMissingInputFolderIsOneLineAndExitOne() {
    String missing = temp.resolve("no-such-folder").toString();

    CommandRun run = CommandRun.of("export", "--input", missing);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("zonekg: " + missing + ": no such folder; nothing to build" + System.lineSeparator());
  }

  @Test
  void buildMintsItsIrisUnderTheGivenBase() throws IOException {
    Path input = Files.createDirectories(temp.resolve("in"));
    Files.writeString(input.resolve("a.txt"), "武汉东湖高新区营业收入同比增长12.5%。");
    Path out = temp.resolve("out");

    CommandRun run = CommandRun.of("build", "--input", input.toString(), "--out", out.toString(),
        "--base", "http://127.0.0.1:3030/id/");

    assertThat(run.exit()).isZero();
    assertThat(Files.readString(out.resolve("zonekg.ttl")))
        .contains("<http://127.0.0.1:3030/id/zone/东湖高新区>")
        .doesNotContain("w3id.org/zonekg/id/");
  }

  @Test
  void aBaseThatIsNotAnAbsoluteIriIsAUsageError() {
    CommandRun run = CommandRun.of("build", "--base", "zones");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("Invalid value for option '--base': 'zones' is not an absolute IRI ending in / or #");
  }

  @Test
  void aBadExportFormatIsAUsageError() {
    CommandRun run = CommandRun.of("export", "--data", ZONES_TTL, "--format", "docx");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("Invalid value for option '--format': 'docx' is not an RDF syntax "
        + "(ttl, trig, nt, jsonld)" + System.lineSeparator() + "Usage: zonekg export");
  }

  @Test
  void aBadQueryFormatIsAUsageError() {
    CommandRun run = CommandRun.of("query", "q.rq", "--format", "xml");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("Invalid value for option '--format': "
        + "expected one of [table, csv, tsv, json] (case-sensitive) but was 'xml'");
  }

  @Test
  void sourcesAreMutuallyExclusive() {
    CommandRun run = CommandRun.of("export", "--data", ZONES_TTL, "--tdb", temp.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("Error: --data=FILE, --tdb=DIR are mutually exclusive (specify only one)");
  }

  @Test
  void serveRefusesAPortOutOfRangeAndANonPositiveTimeout() {
    CommandRun port = CommandRun.of("serve", "--data", ZONES_TTL, "--port", "70000");
    CommandRun timeout = CommandRun.of("serve", "--data", ZONES_TTL, "--timeout", "0");

    assertThat(port.exit()).isEqualTo(2);
    assertThat(port.err()).startsWith("Invalid value for option '--port': 70000 is not a port number (0..65535)");
    assertThat(timeout.exit()).isEqualTo(2);
    assertThat(timeout.err())
        .startsWith("Invalid value for option '--timeout': 0 is not a positive number of seconds");
  }

  @Test
  void noSubcommandIsAUsageError() {
    CommandRun run = CommandRun.of();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing required subcommand (build, serve, query or export)");
  }

  @Test
  void versionAndHelp() {
    CommandRun version = CommandRun.of("--version");
    CommandRun help = CommandRun.of("serve", "--help");

    assertThat(version.exit()).isZero();
    assertThat(version.out()).isEqualTo("zonekg (development build)" + System.lineSeparator());
    assertThat(help.exit()).isZero();
    // picocli wraps descriptions at a column that depends on the longest option name
    assertThat(help.out().replaceAll("\\s+", " ")).contains("--port=<port>",
        "Port to listen on; 0 picks a free one (default: 3030).", "[--input=DIR | --data=FILE | --tdb=DIR]",
        "--max-file-size=SIZE Skip documents larger than SIZE, e.g. 200M or 1G (default: 64 MiB, at most 1 GiB).");
  }

  @Test
  void verbosePrintsTheStackTraceAfterTheMessage() {
    CommandRun run = CommandRun.of("export", "--verbose", "--data", NOT_RDF);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().lines().toList()).element(1).asString().startsWith("zonekg.doc.ConfigException: ");
  }

  private static String text(QuerySolution row, String var) {
    return row.contains(var) ? row.get(var).asNode().getLiteralLexicalForm() : "";
  }
}

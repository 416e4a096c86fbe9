package zonekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.graph.Iris;
import zonekg.vocab.ZK;

/**
 * A folder of bad inputs beside good ones: each bad file is one line on stderr, the build exits 3, and the good
 * files' graph is the graph they give alone. The same text in every supported encoding gives the same extraction.
 */
class BadInputIT {
  /** The bad files and the reason each one must be given, in file-name order. */
  private static final Map<String, String> BAD = new TreeMap<>(Map.of(
      "blank.txt", "only white space",
      "controls.txt", "binary content (40 control bytes in 200)",
      "empty.txt", "empty",
      "folder.txt", "is a folder",
      "huge.txt", "larger than 64 MiB (--max-file-size raises the limit)",
      "image.txt", "binary content (NUL at byte 8)",
      "latin1.txt", "neither UTF-8 nor GB18030 (as GB18030, 2 of its 2 non-ASCII characters would be outside GB2312)",
      "nul.txt", "binary content (NUL at byte 15)",
      "utf16-without-bom.txt", "UTF-16 without a byte-order mark (NUL at byte 1); save it as UTF-8 or with a BOM",
      "zeros.txt", "not a regular file"));
  /** The same text in each supported encoding, plus CRLF line ends with full-width digits. */
  private static final List<String> VARIANTS = List.of("variant-crlf-fullwidth.txt", "variant-gb18030.txt",
      "variant-utf16be.txt", "variant-utf16le.txt", "variant-utf8-bom.txt", "variant-utf8.txt");
  private static final long HUGE_BYTES = 200L << 20;
  private static final String NL = System.lineSeparator();
  private static final Map<String, DatasetGraph> ALONE = new HashMap<>();

  @TempDir
  static Path temp;

  private static Path mixed;
  private static Path clean;
  private static CommandRun mixedRun;
  private static CommandRun cleanRun;

  @BeforeAll
  static void buildBothFolders() throws IOException {
    mixed = Files.createDirectory(temp.resolve("mixed"));
    clean = Files.createDirectory(temp.resolve("clean"));
    for (Path folder : List.of(mixed, clean)) {
      writeGoodFiles(folder);
    }
    writeBadFiles(mixed);
    mixedRun = CommandRun.of("build", "--input", mixed.toString(), "--out", temp.resolve("out-mixed").toString());
    cleanRun = CommandRun.of("build", "--input", clean.toString(), "--out", temp.resolve("out-clean").toString());
  }

  @Test
  void eachBadFileIsOneLineNamingItAndItsReason() {
    List<String> expected = new ArrayList<>();
    BAD.forEach((name, reason) -> expected.add("zonekg: " + mixed.resolve(name) + ": " + reason + "; skipped"));

    assertThat(mixedRun.err().lines().toList()).containsExactlyElementsOf(expected);
  }

  @Test
  void someFilesSkippedIsExitThreeWithASummaryLine() {
    long quads = countQuads(read(temp.resolve("out-mixed/zonekg.trig")));

    assertThat(mixedRun.exit()).isEqualTo(Main.EXIT_SKIPPED);
    assertThat(mixedRun.out()).isEqualTo("zonekg: read " + (2 + VARIANTS.size()) + " documents, skipped "
        + BAD.size() + ", wrote " + quads + " triples to " + temp.resolve("out-mixed") + NL);
    assertThat(cleanRun.exit()).isZero();
    assertThat(cleanRun.err()).isEmpty();
    assertThat(cleanRun.out()).isEqualTo("zonekg: read " + (2 + VARIANTS.size()) + " documents, skipped 0, wrote "
        + quads + " triples to " + temp.resolve("out-clean") + NL);
  }

  @Test
  void theGoodFilesGiveTheGraphTheyGiveAlone() {
    DatasetGraph withBad = read(temp.resolve("out-mixed/zonekg.trig"));
    DatasetGraph alone = read(temp.resolve("out-clean/zonekg.trig"));
    Graph withBadTurtle = RDFParser.source(temp.resolve("out-mixed/zonekg.ttl")).toGraph();
    Graph aloneTurtle = RDFParser.source(temp.resolve("out-clean/zonekg.ttl")).toGraph();

    assertThat(graphNames(withBad)).isEqualTo(graphNames(alone)).hasSize(2 + VARIANTS.size() + 2);
    assertThat(IsoMatcher.isomorphic(withBad, alone)).isTrue();
    assertThat(withBadTurtle.isIsomorphicWith(aloneTurtle)).isTrue();
  }

  @Test
  void everyEncodingOfOneTextGivesTheSameGraphBesidesTheDocumentsName() throws IOException {
    Graph utf8 = withoutDocumentName(buildAlone("variant-utf8.txt"), "variant-utf8.txt");

    assertThat(labels(utf8)).contains("武汉东湖高新区");
    for (String name : List.of("variant-gb18030.txt", "variant-utf16be.txt", "variant-utf16le.txt",
        "variant-utf8-bom.txt")) {
      assertThat(withoutDocumentName(buildAlone(name), name).isIsomorphicWith(utf8)).as(name).isTrue();
    }
  }

  @Test
  void crlfAndFullWidthDigitsGiveTheSameEntitiesAndStatistics() throws IOException {
    List<String> plain = extracted(buildAlone("variant-utf8.txt"), "variant-utf8.txt");

    assertThat(plain).contains("DevelopmentZone 武汉东湖高新区", "Enterprise 武汉光启未来科技有限公司");
    assertThat(extracted(buildAlone("variant-crlf-fullwidth.txt"), "variant-crlf-fullwidth.txt")).isEqualTo(plain);
  }

  /**
   * The graph of one file of the clean folder built on its own: documents of one corpus share entities, so
   * only separate builds show whether a document's own graph depends on its bytes alone.
   */
  private static DatasetGraph buildAlone(String name) throws IOException {
    DatasetGraph built = ALONE.get(name);
    if (built != null) {
      return built;
    }
    Path folder = Files.createDirectories(temp.resolve("alone-" + name));
    Files.copy(clean.resolve(name), folder.resolve(name));
    Path out = temp.resolve("out-alone-" + name);
    CommandRun run = CommandRun.of("build", "--input", folder.toString(), "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    ALONE.put(name, read(out.resolve("zonekg.trig")));
    return ALONE.get(name);
  }

  private static void writeGoodFiles(Path folder) throws IOException {
    for (String name : List.of("chengdu.txt", "suzhou.txt")) {
      Files.write(folder.resolve(name), resource("good/" + name));
    }
    String text = new String(resource("variant.txt"), StandardCharsets.UTF_8);
    Files.write(folder.resolve("variant-utf8.txt"), text.getBytes(StandardCharsets.UTF_8));
    Files.write(folder.resolve("variant-utf8-bom.txt"), withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text, StandardCharsets.UTF_8));
    Files.write(folder.resolve("variant-utf16le.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
        text, StandardCharsets.UTF_16LE));
    Files.write(folder.resolve("variant-utf16be.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
        text, StandardCharsets.UTF_16BE));
    Files.write(folder.resolve("variant-gb18030.txt"), text.getBytes(Charset.forName("GB18030")));
    Files.writeString(folder.resolve("variant-crlf-fullwidth.txt"), fullWidthDigits(text.replace("\n", "\r\n")));
  }

  private static void writeBadFiles(Path folder) throws IOException {
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.writeString(folder.resolve("blank.txt"), " \r\n\t\u3000\n  ");
    Files.createDirectory(folder.resolve("folder.txt"));
    byte[] nul = "成都高新区".getBytes(StandardCharsets.UTF_8);
    Files.write(folder.resolve("nul.txt"), Arrays.copyOf(nul, nul.length + 8));
    Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
        0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
    Files.write(folder.resolve("controls.txt"), controls(200, 5));
    Files.write(folder.resolve("latin1.txt"), "Zone économique spéciale".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(folder.resolve("utf16-without-bom.txt"), "Chengdu 成都高新区".getBytes(StandardCharsets.UTF_16LE));
    Files.createSymbolicLink(folder.resolve("zeros.txt"), Path.of("/dev/zero"));
    sparse(folder.resolve("huge.txt"), HUGE_BYTES);
  }

  /** A file of {@code bytes} bytes that starts like text; the rest is a hole, so nothing is held in memory. */
  static void sparse(Path file, long bytes) throws IOException {
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write("成都高新区上半年经济运行稳中向好。".getBytes(StandardCharsets.UTF_8));
      out.setLength(bytes);
    }
  }

  /** Text with one control byte in every {@code every}: too many for a text file. */
  private static byte[] controls(int length, int every) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i % every == 0 ? 0x01 : 'a');
    }
    return bytes;
  }

  private static byte[] withBom(byte[] bom, String text, Charset charset) {
    byte[] body = text.getBytes(charset);
    byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    return bytes;
  }

  private static String fullWidthDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : (char) c));
    return out.toString();
  }

  /** A document's named graph with its name, digest and document IRIs replaced by fixed ones. */
  private static Graph withoutDocumentName(DatasetGraph dsg, String name) {
    Node doc = new Iris(ZK.DATA_BASE).document(name);
    Graph out = GraphFactory.createDefaultGraph();
    dsg.getGraph(doc).find().forEachRemaining(t -> out.add(Triple.create(
        anonymous(t.getSubject(), doc, name), t.getPredicate(),
        t.getPredicate().equals(ZK.Nodes.sha256) ? NodeFactory.createLiteralString("sha")
            : anonymous(t.getObject(), doc, name))));
    return out;
  }

  private static Node anonymous(Node node, Node doc, String name) {
    if (node.isURI() && node.getURI().startsWith(doc.getURI())) {
      return NodeFactory.createURI("urn:doc" + node.getURI().substring(doc.getURI().length()));
    }
    if (node.isLiteral() && node.getLiteralLexicalForm().equals(name)) {
      return NodeFactory.createLiteralString("doc");
    }
    return node;
  }

  /** Each entity as "Type label" and each statistic as its slots, sorted, as read from one document. */
  private static List<String> extracted(DatasetGraph dsg, String name) {
    String graph = new Iris(ZK.DATA_BASE).document(name).getURI();
    String query = """
        PREFIX zk: <https://w3id.org/zonekg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?line {
          { GRAPH <%1$s> { ?e zk:mentionedIn ?d ; a ?type ; rdfs:label ?label }
            BIND(CONCAT(STRAFTER(STR(?type), "#"), " ", ?label) AS ?line) }
          UNION
          { GRAPH <%1$s> { ?s a zk:Statistic ; zk:value ?v OPTIONAL { ?s zk:unitLabel ?u } OPTIONAL { ?s zk:period ?p } }
            BIND(CONCAT("Statistic ", STR(?v), " ", COALESCE(?u, ""), " ", COALESCE(?p, "")) AS ?line) }
        } ORDER BY ?line""".formatted(graph);
    List<String> lines = new ArrayList<>();
    QueryExec.dataset(dsg).query(query).select().forEachRemaining(row -> lines.add(row.get("line").getLiteralLexicalForm()));
    return lines;
  }

  private static List<String> labels(Graph graph) {
    List<String> labels = new ArrayList<>();
    graph.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY)
        .forEachRemaining(t -> labels.add(t.getObject().getLiteralLexicalForm()));
    return labels;
  }

  private static DatasetGraph read(Path trig) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.source(trig).lang(Lang.TRIG).parse(dsg);
    return dsg;
  }

  private static List<String> graphNames(DatasetGraph dsg) {
    List<String> names = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
    names.sort(null);
    return names;
  }

  private static long countQuads(DatasetGraph dsg) {
    long[] n = {0};
    dsg.find().forEachRemaining(q -> n[0]++);
    return n[0];
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = BadInputIT.class.getResourceAsStream("/zonekg/robust/" + name)) {
      return in.readAllBytes();
    }
  }
}

package zonekg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import zonekg.graph.Ontology;
import zonekg.serve.ZoneServer;
import zonekg.store.RdfFileLoader;

/** The explorer pages over HTTP on a small invented graph: pages, negotiation, search, escaping, safety. */
class ExplorerIT {
  private static final String ZONE = "/id/zone/" + enc("星河高新区");
  private static final String ZONE_IRI = "https://w3id.org/zonekg/id/zone/星河高新区";

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void aZonePageShowsItsFactsStatisticsEvidenceRelatedEntitiesAndChart() throws Exception {
    ZoneServer server = start(ZoneServer.ANY_PORT);
    try {
      HttpResponse<String> page = get(server, ZONE, "text/html");

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
      assertThat(page.body())
          .contains("<h1 id=\"entity-label\">星河高新区</h1>")
          .contains("<dd id=\"aliases\">星河科技城</dd>")
          .contains("<tr><th>所在城市</th><td><a href=\"/id/region/420100\">武汉市</a></td></tr>")
          .contains("<tr><th>所在省份</th><td><a href=\"/id/region/420000\">湖北省</a></td></tr>")
          .contains("<td class=\"num\">1350.5</td><td>亿元</td><td>2023年</td><td>amount</td><td>over</td>")
          .contains("<td class=\"evidence\">2023年，星河高新区实现营业收入1350.5亿元。 <span class=\"doc\">"
              + "(<a href=\"/id/doc/a.txt\">a.txt</a>)</span>")
          .contains("<a href=\"/id/platform/" + enc("长江智能制造研究院") + "\">长江智能制造研究院</a>")
          .contains("<a href=\"/id/enterprise/" + enc("云帆软件有限公司") + "\">云帆软件有限公司</a>")
          .contains("\"title\":\"营业收入（亿元）\",\"type\":\"line\",\"labels\":[\"2022年\",\"2023年\"],"
              + "\"values\":[1200.0,1350.5]")
          .contains("<script src=\"/web/chart.umd.min.js\"></script><script src=\"/web/charts.js\"></script>");
      assertThat(page.body().split("<tr class=\"statistic\">", -1)).hasSize(4);
    } finally {
      server.stop();
    }
  }

  @Test
  void anIndicatorPageComparesZonesAndADocumentPageListsItsSentences() throws Exception {
    ZoneServer server = start(ZoneServer.ANY_PORT);
    try {
      String indicator = get(server, "/id/indicator/" + enc("营业收入"), "text/html").body();
      String document = get(server, "/id/doc/b.txt", "text/html").body();

      assertThat(indicator).contains("\"type\":\"bar\",\"labels\":[\"星河高新区 2022年\",\"星河高新区 2023年\","
          + "\"云岭经开区 2023年\"],\"values\":[1200.0,1350.5,980]");
      assertThat(document).contains("<ol id=\"sentences\"><li><a href=\"/id/doc/b.txt/sentence/0-30\">"
          + "2023年，云岭经开区营业收入达到980亿元。</a> <span class=\"count\">1 statistics</span></li></ol>");
    } finally {
      server.stop();
    }
  }

  @Test
  void aLabelHoldingMarkupShowsAsText() throws Exception {
    ZoneServer server = start(ZoneServer.ANY_PORT);
    try {
      String zone = get(server, "/id/zone/" + enc("云岭经开区"), "text/html").body();
      String iri = "https://w3id.org/zonekg/id/project/%3Cscript%3Ealert(1)%3C%2Fscript%3E项目";
      HttpResponse<String> project = get(server, "/page?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8),
          "text/html");

      assertThat(zone).contains("<a href=\"/page?iri=https%3A%2F%2Fw3id.org%2Fzonekg%2Fid%2Fproject%2F%253Cscript"
          + "%253Ealert%281%29%253C%252Fscript%253E%E9%A1%B9%E7%9B%AE\">&lt;script&gt;alert(1)&lt;/script&gt;项目</a>")
          .doesNotContain("<script>alert");
      assertThat(project.statusCode()).isEqualTo(200);
      assertThat(project.body()).contains("<h1 id=\"entity-label\">&lt;script&gt;alert(1)&lt;/script&gt;项目</h1>")
          .doesNotContain("<script>alert");
      assertThat(project.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    } finally {
      server.stop();
    }
  }

  @Test
  void turtleAndJsonLdDescribeTheEntityWithItsStatistics() throws Exception {
    ZoneServer server = start(ZoneServer.ANY_PORT);
    try {
      HttpResponse<String> byAccept = get(server, ZONE, "text/turtle");
      HttpResponse<String> byFormat = get(server, ZONE + "?format=ttl", "text/html");
      HttpResponse<String> jsonLd = get(server, "/page?iri=" + URLEncoder.encode(ZONE_IRI, StandardCharsets.UTF_8),
          "application/ld+json");
      HttpResponse<String> unknown = get(server, ZONE + "?format=exe", "*/*");

      assertThat(byAccept.headers().firstValue("Content-Type")).hasValue("text/turtle; charset=utf-8");
      Graph turtle = parse(byAccept.body(), Lang.TURTLE);
      Graph json = parse(jsonLd.body(), Lang.JSONLD);
      assertThat(turtle.isIsomorphicWith(parse(byFormat.body(), Lang.TURTLE))).isTrue();
      assertThat(turtle.isIsomorphicWith(json)).isTrue();
      String zk = "https://w3id.org/zonekg/ontology#";
      assertThat(turtle.find(null, NodeFactory.createURI(zk + "subject"), NodeFactory.createURI(ZONE_IRI)).toList())
          .hasSize(3);
      assertThat(turtle.contains(NodeFactory.createURI(ZONE_IRI), NodeFactory.createURI(zk + "city"),
          NodeFactory.createURI("https://w3id.org/zonekg/id/region/420100"))).isTrue();
      assertThat(unknown.statusCode()).isEqualTo(400);
    } finally {
      server.stop();
    }
  }

  @Test
  void searchGoesToTheOneEntityNamedAndListsTheRest() throws Exception {
    ZoneServer server = start(ZoneServer.ANY_PORT);
    try {
      HttpResponse<String> byAlias = get(server, "/search?q=" + enc("星河科技城"), "text/html");
      HttpResponse<String> byPart = get(server, "/search?q=" + enc("研究院"), "text/html");
      HttpResponse<String> zones = get(server, "/search", "text/html");

      assertThat(byAlias.statusCode()).isEqualTo(303);
      assertThat(byAlias.headers().firstValue("Location")).hasValue(ZONE);
      assertThat(byPart.body()).contains("<p class=\"count\" id=\"hit-count\">2 entities</p>")
          .contains(">长江智能制造研究院</a></td><td>平台</td>").contains(">云岭生物医药研究院</a></td><td>平台</td>");
      assertThat(zones.body()).contains("2 entities");
    } finally {
      server.stop();
    }
  }

  @Test
  void sparqlFindsChineseWordsThroughTheTextIndex() throws Exception {
    ZoneServer server = start(ZoneServer.ANY_PORT);
    try {
      String query = Files.readString(java.nio.file.Path.of("queries/text-search.rq"), StandardCharsets.UTF_8)
          .replace("?score) text:query", "?score) text:query").replace(" ?score WHERE", " WHERE");
      String csv = get(server, "/zonekg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
          "text/csv").body();

      assertThat(csv.lines().skip(1).map(l -> l.split(",")[1]).sorted().toList())
          .containsExactly("云岭生物医药研究院", "长江智能制造研究院");
    } finally {
      server.stop();
    }
  }

  @Test
  void theReadyQueriesOpenInTheUiEditorAndNoPathReadsFiles() throws Exception {
    ZoneServer server = start(ZoneServer.ANY_PORT);
    try {
      String list = get(server, "/queries", "text/html").body();
      HttpResponse<String> one = get(server, "/queries/eval/zones.rq", "*/*");

      assertThat(list).contains("<a href=\"/#/dataset/zonekg/query?query=%23%20Every%20development%20zone")
          .contains("<td>Full-text search in Chinese words:");
      assertThat(one.body()).isEqualTo(Files.readString(java.nio.file.Path.of("queries/eval/zones.rq")));
      for (String path : new String[] {"/queries/..%2F..%2Fpom.xml", "/web/..%2F..%2Fpom.xml", "/web/style.css/..",
          "/queries/zones-overview", "/web/chart.js"}) {
        assertThat(get(server, path, "*/*").statusCode()).as(path).isBetween(400, 404);
      }
      assertThat(get(server, "/web/chart.umd.min.js", "*/*").body()).contains("Chart.js");
    } finally {
      server.stop();
    }
  }

  @Test
  void anIriOnTheServersOwnBaseDereferencesThere() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String own = "http://127.0.0.1:" + port + "/id/";
    String trig = Files.readString(ChineseTextIndexTest.fixture("zones.trig"), StandardCharsets.UTF_8)
        .replace("https://w3id.org/zonekg/id/", own);
    java.nio.file.Path file = Files.createTempFile("own-base", ".trig");
    Files.writeString(file, trig);
    DatasetGraph dsg = ChineseTextIndex.over(withOntology(RdfFileLoader.load(file)));
    ZoneServer server = Explorer.mount(ZoneServer.create().dataset(dsg).port(port), dsg).build().start();
    try {
      HttpResponse<String> page = get(server, ZONE, "text/html");

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<code>" + own + "zone/星河高新区</code>");
    } finally {
      server.stop();
      Files.delete(file);
    }
  }

  private static ZoneServer start(int port) throws Exception {
    DatasetGraph dsg = ChineseTextIndex.over(withOntology(RdfFileLoader.load(ChineseTextIndexTest.fixture("zones.trig"))));
    return Explorer.mount(ZoneServer.create().dataset(dsg).port(port), dsg).build().start();
  }

  /** A build also holds the ontology, whose Chinese labels name types and properties on the pages. */
  static DatasetGraph withOntology(DatasetGraph dsg) {
    Txn.executeWrite(dsg, () -> GraphUtil.addInto(dsg.getGraph(Ontology.GRAPH), Ontology.load()));
    return dsg;
  }

  private HttpResponse<String> get(ZoneServer server, String path, String accept) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
        .header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Graph parse(String text, Lang lang) {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(text)).lang(lang).parse(graph);
    return graph;
  }

  private static String enc(String s) {
    return EntityPaths.encodeNonAscii(s);
  }
}

package zonekg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import zonekg.doc.ConfigException;
import zonekg.store.RdfFileLoader;

class ZoneServerIT {
  private static final String CSV = "text/csv";
  private static final String PREFIXES = """
      PREFIX ex: <http://example.org/zonekg/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void selectOverHttpOnBothEndpoints() throws Exception {
    ZoneServer server = TestServers.start(RdfFileLoader.load(fixture("zones.ttl")), ZoneServer.DEFAULT_QUERY_TIMEOUT);
    try {
      String query = PREFIXES + "SELECT ?zone ?city { ?z rdfs:label ?zone ; ex:city/rdfs:label ?city }";

      HttpResponse<String> get = get(server, "zonekg/sparql?query=" + encode(query), CSV);
      HttpResponse<String> post = send(server, HttpRequest.newBuilder(uri(server, "zonekg/query"))
          .header("Accept", CSV)
          .header("Content-Type", "application/sparql-query")
          .POST(HttpRequest.BodyPublishers.ofString(query)));

      assertThat(get.statusCode()).isEqualTo(200);
      assertThat(get.body()).isEqualTo("zone,city\r\n武汉东湖高新区,武汉市\r\n");
      assertThat(post.statusCode()).isEqualTo(200);
      assertThat(post.body()).isEqualTo(get.body());
    } finally {
      server.stop();
    }
  }

  @Test
  void defaultGraphIsTheUnionOfTheDocumentGraphs() throws Exception {
    ZoneServer server = TestServers.start(RdfFileLoader.load(fixture("documents.trig")), ZoneServer.DEFAULT_QUERY_TIMEOUT);
    try {
      String union = PREFIXES + "SELECT ?zone ?company { ?z rdfs:label ?zone ; ex:enterprise/rdfs:label ?company }";
      String perGraph = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";

      assertThat(get(server, "zonekg/sparql?query=" + encode(union), CSV).body())
          .isEqualTo("zone,company\r\n成都高新区,成都某某科技有限公司\r\n");
      assertThat(get(server, "zonekg/sparql?query=" + encode(perGraph), CSV).body())
          .isEqualTo("g,n\r\nhttp://example.org/zonekg/doc-a,2\r\nhttp://example.org/zonekg/doc-b,2\r\n"
              + "http://example.org/zonekg/ontology,2\r\n");
    } finally {
      server.stop();
    }
  }

  @Test
  void servesTheUiAndTheStatusEndpointsItCalls() throws Exception {
    ZoneServer server = TestServers.start(RdfFileLoader.load(fixture("zones.ttl")), ZoneServer.DEFAULT_QUERY_TIMEOUT);
    try {
      HttpResponse<String> index = get(server, "", "text/html");
      HttpResponse<String> status = get(server, "$/server", "application/json");
      HttpResponse<String> ping = get(server, "$/ping", "*/*");
      HttpResponse<String> stats = get(server, "$/stats/zonekg", "application/json");

      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(index.body()).contains("<title>Apache Jena Fuseki UI</title>");
      assertThat(status.statusCode()).isEqualTo(200);
      assertThat(status.body().replaceAll("\\s+", ""))
          .contains("\"datasets\":[{\"ds.name\":\"/zonekg\",\"ds.state\":true,\"ds.services\":["
              + "{\"srv.type\":\"query\",\"srv.description\":\"SPARQLQuery\",\"srv.endpoints\":[\"sparql\",\"query\"]}"
              + "]}]}");
      assertThat(ping.statusCode()).isEqualTo(200);
      assertThat(stats.statusCode()).isEqualTo(200);
      assertThat(stats.body()).contains("\"/zonekg\"");
    } finally {
      server.stop();
    }
  }

  @Test
  void refusesUpdatesUploadsAndAdministration() throws Exception {
    ZoneServer server = TestServers.start(RdfFileLoader.load(fixture("zones.ttl")), ZoneServer.DEFAULT_QUERY_TIMEOUT);
    try {
      String update = "INSERT DATA { <http://example.org/a> <http://example.org/b> \"c\" }";
      int sparqlUpdate = post(server, "zonekg/sparql", "application/sparql-update", update).statusCode();
      int formUpdate = post(server, "zonekg/sparql", "application/x-www-form-urlencoded",
          "update=" + encode(update)).statusCode();
      int graphStore = post(server, "zonekg/data", "text/turtle", "<a:a> <a:b> <a:c> .").statusCode();
      int datasetRoot = post(server, "zonekg", "text/turtle", "<a:a> <a:b> <a:c> .").statusCode();
      int newDataset = post(server, "$/datasets", "application/x-www-form-urlencoded",
          "dbName=evil&dbType=mem").statusCode();
      String count = get(server, "zonekg/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), CSV).body();

      assertThat(sparqlUpdate).isBetween(400, 499);
      assertThat(formUpdate).isBetween(400, 499);
      assertThat(graphStore).isBetween(400, 499);
      assertThat(datasetRoot).isBetween(400, 499);
      assertThat(newDataset).isBetween(400, 499);
      assertThat(count).isEqualTo("n\r\n7\r\n");
    } finally {
      server.stop();
    }
  }

  @Test
  void malformedQueryIs400WithTheParserMessage() throws Exception {
    ZoneServer server = TestServers.start(RdfFileLoader.load(fixture("zones.ttl")), ZoneServer.DEFAULT_QUERY_TIMEOUT);
    try {
      HttpResponse<String> response = get(server, "zonekg/sparql?query=" + encode("SELECT ?x WHERE { ?x"), CSV);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).startsWith("Parse error: ").contains("line 1, column 20");
    } finally {
      server.stop();
    }
  }

  @Test
  void timeoutCancelsASlowQueryAndTheServerKeepsAnswering() throws Exception {
    // 200 triples: the four-way cross join below has 1.6e9 rows, minutes of work.
    ZoneServer server = TestServers.start(TestServers.generated(200), Duration.ofSeconds(1));
    try {
      String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
      long started = System.nanoTime();
      HttpResponse<String> cancelled = get(server, "zonekg/sparql?query=" + encode(slow), CSV);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      HttpResponse<String> normal =
          get(server, "zonekg/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), CSV);

      assertThat(cancelled.statusCode()).isEqualTo(503);
      assertThat(cancelled.body()).startsWith("Query timed out");
      assertThat(took).isLessThan(Duration.ofSeconds(15));
      assertThat(normal.statusCode()).isEqualTo(200);
      assertThat(normal.body()).isEqualTo("n\r\n200\r\n");
    } finally {
      server.stop();
    }
  }

  @Test
  void bindsLoopbackByDefaultAndReportsTheChosenPort() {
    ZoneServer server = TestServers.start(RdfFileLoader.load(fixture("zones.ttl")), ZoneServer.DEFAULT_QUERY_TIMEOUT);
    try {
      assertThat(server.port()).isPositive();
      assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    } finally {
      server.stop();
    }
  }

  @Test
  void aTakenPortIsOneLine() {
    DatasetGraph dsg = RdfFileLoader.load(fixture("zones.ttl"));
    ZoneServer first = TestServers.start(dsg, ZoneServer.DEFAULT_QUERY_TIMEOUT);
    try {
      ZoneServer second = ZoneServer.create().dataset(dsg).port(first.port()).build();

      assertThatThrownBy(second::start)
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("127.0.0.1:" + first.port() + ": cannot listen (")
          .hasMessageNotContaining("\n");
    } finally {
      first.stop();
    }
  }

  private HttpResponse<String> get(ZoneServer server, String path, String accept)
      throws IOException, InterruptedException {
    return send(server, HttpRequest.newBuilder(uri(server, path)).header("Accept", accept).GET());
  }

  private HttpResponse<String> post(ZoneServer server, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(server, path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(60))
        .build();
    // Jetty closes the connection after refusing a request whose body it did not read; a pooled
    // client could send the next request down that closed connection, so each POST gets its own.
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(ZoneServer server, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static URI uri(ZoneServer server, String path) {
    return URI.create(server.url() + path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static Path fixture(String name) {
    try {
      return Path.of(ZoneServerIT.class.getResource("/zonekg/store/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

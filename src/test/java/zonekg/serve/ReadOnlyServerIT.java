package zonekg.serve;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zonekg.store.RdfFileLoader;

/**
 * What {@link ZoneServerIT} leaves out: graph-store and admin writes by every method, queries that name files,
 * and a query running into its timeout while others are answered at the same time.
 */
class ReadOnlyServerIT {
  private static final String CSV = "text/csv";
  private static final String TURTLE = "<http://example.org/a> <http://example.org/b> \"c\" .";
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

  private final HttpClient http = HttpClient.newHttpClient();
  private ZoneServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void graphStoreAndAdminWritesAreRefusedByEveryMethod() throws Exception {
    server = TestServers.start(RdfFileLoader.load(fixture("zones.ttl")), ZoneServer.DEFAULT_QUERY_TIMEOUT);
    List<HttpRequest.Builder> writes = List.of(
        request("zonekg/data?default").PUT(body(TURTLE)).header("Content-Type", "text/turtle"),
        request("zonekg/data?graph=http://example.org/g").PUT(body(TURTLE)).header("Content-Type", "text/turtle"),
        request("zonekg/data?default").DELETE(),
        request("zonekg?default").DELETE(),
        request("zonekg?default").PUT(body(TURTLE)).header("Content-Type", "text/turtle"),
        request("zonekg/sparql").PUT(body(TURTLE)).header("Content-Type", "text/turtle"),
        request("zonekg/upload").POST(body(TURTLE)).header("Content-Type", "text/turtle"),
        request("zonekg/update").POST(body("CLEAR ALL")).header("Content-Type", "application/sparql-update"),
        request("$/datasets/zonekg").DELETE(),
        request("$/backup/zonekg").POST(body("")),
        request("$/compact/zonekg").POST(body("")),
        request("$/reload").POST(body("")),
        request("$/tasks").POST(body("")));

    List<String> answers = new ArrayList<>();
    for (HttpRequest.Builder write : writes) {
      HttpRequest r = write.build();
      // Jetty closes a connection whose refused request body it did not read; a pooled client could race that
      // close and resend on a dead socket, so every write gets a connection of its own.
      HttpResponse<String> answer = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
      answers.add(r.method() + " " + r.uri().getPath() + " " + (answer.statusCode() / 100) + "xx");
    }

    assertThat(answers).allSatisfy(a -> assertThat(a).endsWith(" 4xx"));
    assertThat(query(COUNT).body()).isEqualTo("n\r\n7\r\n");
  }

  @Test
  void queriesCannotReadFilesFromDisk() throws Exception {
    server = TestServers.start(RdfFileLoader.load(fixture("zones.ttl")), ZoneServer.DEFAULT_QUERY_TIMEOUT);
    String file = fixture("zones.ttl").toUri().toString();

    HttpResponse<String> from = query("SELECT (COUNT(*) AS ?n) FROM <" + file + "> { ?s ?p ?o }");
    HttpResponse<String> graph = query("SELECT (COUNT(*) AS ?n) { GRAPH <" + file + "> { ?s ?p ?o } }");
    HttpResponse<String> service = query("SELECT (COUNT(*) AS ?n) { SERVICE <" + file + "> { ?s ?p ?o } }");

    // FROM names a graph of the dataset, never a document to fetch: the file's 7 triples are not seen
    assertThat(from.body()).isEqualTo("n\r\n0\r\n");
    assertThat(graph.body()).isEqualTo("n\r\n0\r\n");
    assertThat(service.statusCode()).isNotEqualTo(200);
    assertThat(service.body()).doesNotContain("武汉");
  }

  @Test
  void aQueryPastTheTimeoutIsCancelledWhileOthersAreAnswered() throws Exception {
    server = TestServers.start(TestServers.generated(200), Duration.ofSeconds(3));
    // 200 triples: the four-way cross join has 1.6e9 rows, minutes of work.
    CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
        request("zonekg/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"))
            .header("Accept", CSV).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    List<String> meanwhile = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      meanwhile.add(query(COUNT).body());
    }
    boolean answeredWhileSlowRan = !slow.isDone();
    HttpResponse<String> cancelled = slow.get();

    assertThat(meanwhile).containsOnly("n\r\n200\r\n").hasSize(5);
    assertThat(answeredWhileSlowRan).isTrue();
    assertThat(cancelled.statusCode()).isEqualTo(503);
    assertThat(cancelled.body()).startsWith("Query timed out");
    assertThat(query(COUNT).body()).isEqualTo("n\r\n200\r\n");
  }

  private HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
    return send(request("zonekg/sparql?query=" + encode(sparql)).header("Accept", CSV).GET());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.BodyPublisher body(String text) {
    return HttpRequest.BodyPublishers.ofString(text);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static Path fixture(String name) {
    try {
      return Path.of(ReadOnlyServerIT.class.getResource("/zonekg/store/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

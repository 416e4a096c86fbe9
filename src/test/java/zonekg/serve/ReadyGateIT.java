package zonekg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server that listens before its graph is filled holds queries until it is, and never answers from half of it. */
class ReadyGateIT {
  private final HttpClient http = HttpClient.newHttpClient();
  private ZoneServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aQueryBeforeTheGraphIsFilledWaitsForIt() throws Exception {
    CompletableFuture<Void> filled = new CompletableFuture<>();
    server = start(filled, ZoneServer.DEFAULT_QUERY_TIMEOUT);

    CompletableFuture<HttpResponse<String>> early = http.sendAsync(count(), HttpResponse.BodyHandlers.ofString());
    Thread.sleep(300);
    boolean answeredBeforeFilled = early.isDone();
    filled.complete(null);
    HttpResponse<String> answer = early.get(30, TimeUnit.SECONDS);

    assertThat(answeredBeforeFilled).isFalse();
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("n\r\n20\r\n");
    assertThat(get("")).as("the UI's own page does not wait").isEqualTo(200);
  }

  @Test
  void aGraphThatCouldNotBeBuiltAnswers503() throws Exception {
    CompletableFuture<Void> filled = CompletableFuture.failedFuture(new IllegalStateException("no documents"));
    server = start(filled, ZoneServer.DEFAULT_QUERY_TIMEOUT);

    HttpResponse<String> answer = http.send(count(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(503);
  }

  @Test
  void aQueryThatWaitedItsTimeoutAnswers503WithRetryAfter() throws Exception {
    server = start(new CompletableFuture<>(), Duration.ofMillis(300));

    HttpResponse<String> answer = http.send(count(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Retry-After")).contains("5");
  }

  private ZoneServer start(CompletableFuture<?> filled, Duration timeout) {
    return ZoneServer.create().dataset(TestServers.generated(20)).port(ZoneServer.ANY_PORT).timeout(timeout)
        .openWhen(filled).build().start();
  }

  private HttpRequest count() {
    String query = URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(URI.create(server.url() + "zonekg/sparql?query=" + query))
        .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build();
  }

  private int get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}

package zonekg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import zonekg.serve.ZoneServer;

/**
 * The training run {@code mvn package} makes the class-data archive with ({@code java
 * -XX:ArchiveClassesAtExit=target/zonekg.jsa -cp target/zonekg.jar zonekg.cli.ArchiveTraining seeds}): it builds
 * a folder of documents, queries the graph, and serves it until the endpoint and the UI have answered, so that
 * every class those commands load is in the archive the {@link Launcher} starts zonekg with.
 */
public final class ArchiveTraining {
  private static final String QUERY = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10";
  private static final Duration SERVE_LIMIT = Duration.ofMinutes(2);

  private ArchiveTraining() {}

  public static void main(String[] args) throws Exception {
    Path documents = Path.of(args[0]);
    Path out = Files.createTempDirectory("zonekg-training");
    try {
      execute("build", "--input", documents.toString(), "--out", out.toString());
      Path query = Files.writeString(out.resolve("training.rq"), QUERY);
      execute("query", query.toString(), "--data", out.resolve("zonekg.ttl").toString(), "--format", "json");
      serve(documents);
    } finally {
      delete(out);
    }
    // the archive is written as the JVM exits; the server's threads would otherwise keep it running
    System.exit(0);
  }

  private static void execute(String... args) {
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
    int exit = Main.commandLine().setOut(nowhere).setErr(new PrintWriter(System.err, true)).execute(args);
    if (exit != 0) {
      throw new IllegalStateException("zonekg " + String.join(" ", args) + " exited with " + exit);
    }
  }

  private static void serve(Path documents) throws IOException, InterruptedException, URISyntaxException {
    int port = freePort();
    Thread server = new Thread(() -> execute("serve", "--input", documents.toString(), "--no-cache",
        "--port", Integer.toString(port)), "training-serve");
    server.setDaemon(true);
    server.start();
    awaitOk(local(port, "/" + ZoneServer.DATASET + "/sparql", "query=" + QUERY), server::isAlive);
    awaitOk(local(port, "/", null), server::isAlive);
  }

  /** {@code path} and {@code query} on this machine's server at {@code port}. */
  static URI local(int port, String path, String query) throws URISyntaxException {
    return new URI("http", null, ZoneServer.DEFAULT_HOST, port, path, query, null);
  }

  /** Asks for {@code url} until it answers 200, while {@code serving} holds, for at most two minutes. */
  static void awaitOk(URI url, BooleanSupplier serving) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + SERVE_LIMIT.toNanos();
    HttpRequest request = HttpRequest.newBuilder(url).header("Accept", "application/sparql-results+json").build();
    while (System.nanoTime() < deadline && serving.getAsBoolean()) {
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(url + " did not answer within " + SERVE_LIMIT.toSeconds() + " s");
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

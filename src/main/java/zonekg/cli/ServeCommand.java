package zonekg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import zonekg.serve.ZoneServer;
import zonekg.store.Stores;
import zonekg.web.ChineseTextIndex;
import zonekg.web.Explorer;

/** {@code zonekg serve}: a read-only Fuseki server for the graph, with the web UI at http://HOST:PORT/. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the graph read-only over SPARQL (dataset 'zonekg', endpoint /zonekg/sparql)",
        "with Fuseki's web UI at http://HOST:PORT/, entity pages at /id/..., name search at /search,",
        "the ready queries at /queries, and Chinese full-text search in SPARQL (text:query). Runs until killed."})
final class ServeCommand implements Callable<Integer> {
  private static final int MAX_PORT = 65_535;

  @Spec
  private CommandSpec spec;

  @Mixin
  private GraphSourceOptions source;

  @Option(names = "--port", defaultValue = "" + ZoneServer.DEFAULT_PORT,
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--host", defaultValue = ZoneServer.DEFAULT_HOST,
      description = "Address to bind; 0.0.0.0 for all interfaces (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Cancel queries running longer than this (default: ${DEFAULT-VALUE}).")
  private long timeoutSeconds;

  @Override
  public Integer call() {
    validate();
    PrintWriter out = spec.commandLine().getOut();
    ChineseTextIndex.preload();
    DatasetGraph store = source.store();
    // The server starts listening while the graph is built beside it; requests for the graph wait until it is in.
    CompletableFuture<Runnable> filled = CompletableFuture.supplyAsync(() -> {
      Runnable keepInCache = source.fill(store, spec.commandLine().getErr());
      // the first query should not wait for what every query reads: seconds on a graph of millions of triples
      Stores.prepareReads(store);
      return keepInCache;
    }, task -> new Thread(task, "zonekg-build").start());
    DatasetGraph dsg = ChineseTextIndex.overOnceFilled(store, filled);
    ZoneServer.Builder builder = ZoneServer.create()
        .dataset(dsg)
        .host(host)
        .port(port)
        .timeout(Duration.ofSeconds(timeoutSeconds))
        .openWhen(filled);
    ZoneServer server = Explorer.mount(builder, dsg, source.base()).build().start();
    Runnable keepInCache;
    try {
      keepInCache = filled.join();
    } catch (CompletionException e) {
      server.stop();
      // the build's own failure, as the command line reports it when building on this thread
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    // after the graph is served: the first queries need the processors more than the cache does
    new Thread(keepInCache, "zonekg-cache").start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "zonekg-serve-stop"));
    out.println(server.url());
    out.flush();
    server.join();
    return 0;
  }

  private void validate() {
    if (port < 0 || port > MAX_PORT) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--port': " + port + " is not a port number (0.." + MAX_PORT + ")");
    }
    if (timeoutSeconds <= 0) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--timeout': " + timeoutSeconds + " is not a positive number of seconds");
    }
  }
}

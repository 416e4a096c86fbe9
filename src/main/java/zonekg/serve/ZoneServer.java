package zonekg.serve;

import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import zonekg.doc.Checks;
import zonekg.doc.ConfigException;

/**
 * An embedded, read-only Fuseki server for one dataset named {@code zonekg}, with Fuseki's web UI at {@code /}.
 * <pre>
 *   ZoneServer server = ZoneServer.create().dataset(dsg).port(0).build().start();
 *   URI endpoint = URI.create(server.url() + "zonekg/sparql");
 *   server.stop();
 * </pre>
 * Only SPARQL query endpoints exist ({@code /zonekg/sparql}, {@code /zonekg/query}); no update, upload or graph
 * store writes, and none of Fuseki's admin module (it accepts anonymous dataset creation). The UI gets the
 * read-only status endpoints it calls: {@code /$/server}, {@code /$/ping}, {@code /$/stats/zonekg}.
 */
public final class ZoneServer {
  /** The dataset's name in every endpoint path. */
  public static final String DATASET = "zonekg";
  public static final int DEFAULT_PORT = 3030;
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
  /** Port number meaning "any free port". */
  public static final int ANY_PORT = 0;
  private static final int MAX_PORT = 65_535;

  private final FusekiServer server;
  private final String host;

  private ZoneServer(FusekiServer server, String host) {
    this.server = server;
    this.host = host;
  }

  public static Builder create() {
    return new Builder();
  }

  /** Starts listening; fails with a one-line reason when the address is taken or cannot be bound. */
  public ZoneServer start() {
    try {
      server.start();
    } catch (FusekiException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ConfigException(host + ":" + configuredPort() + ": cannot listen (" + cause.getMessage() + ")", e);
    }
    return this;
  }

  /** The port listened on: the one asked for, or the one chosen for {@link #ANY_PORT}. */
  public int port() {
    return server.getHttpPort();
  }

  /** The base URL, ending in "/", where the UI lives. */
  public String url() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  public void stop() {
    server.stop();
  }

  private int configuredPort() {
    return ((ServerConnector) server.getJettyServer().getConnectors()[0]).getPort();
  }

  /** Configures a server; {@link #build()} checks the values. */
  public static final class Builder {
    private DatasetGraph dataset;
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private Duration timeout = DEFAULT_QUERY_TIMEOUT;
    private CompletableFuture<?> ready = CompletableFuture.completedFuture(null);
    private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

    private Builder() {}

    public Builder dataset(DatasetGraph dsg) {
      this.dataset = dsg;
      return this;
    }

    /** The address to bind: 127.0.0.1 by default; 0.0.0.0 for every interface. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The longest a query may run before it is cancelled; {@link #build()} records it in the dataset's context. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Lets the server start before its dataset is filled: requests for the dataset and the page servlets wait
     * until {@code filled} completes (503 after the query timeout, or when it fails). The UI's files are served
     * at once.
     */
    public Builder openWhen(CompletableFuture<?> filled) {
      this.ready = Checks.notNull(filled, "filled");
      return this;
    }

    /**
     * Adds a read-only page servlet at a Jetty path spec ({@code /id/*}); the UI keeps {@code /}, the dataset
     * keeps {@code /zonekg}, and the status endpoints keep {@code /$/}.
     */
    public Builder servlet(String pathSpec, HttpServlet servlet) {
      Checks.argument(pathSpec.startsWith("/") && pathSpec.length() > 1, "servlet path %s is not below /", pathSpec);
      Checks.argument(!pathSpec.startsWith("/$/") && !pathSpec.startsWith("/" + DATASET),
          "servlet path %s is taken by Fuseki", pathSpec);
      Checks.argument(!servlets.containsKey(pathSpec), "servlet path %s added twice", pathSpec);
      servlets.put(pathSpec, Checks.notNull(servlet, "servlet"));
      return this;
    }

    public ZoneServer build() {
      Checks.notNull(dataset, "dataset");
      Checks.notNull(host, "host");
      Checks.argument(!host.isBlank(), "empty host");
      Checks.argument(port >= ANY_PORT && port <= MAX_PORT, "port %d outside 0..%d", port, MAX_PORT);
      Checks.argument(timeout != null && !timeout.isNegative() && !timeout.isZero(), "query timeout %s is not positive", timeout);
      // Fuseki reads the timeout from the dataset's context; ARQ cancels the running iterators when it expires.
      dataset.getContext().set(ARQ.queryTimeout, timeout.toMillis());
      // SERVICE would make the server fetch any URL a client names on the client's behalf
      dataset.getContext().set(ARQ.httpServiceAllowed, false);
      FusekiServer.Builder fuseki = FusekiServer.create()
          .port(port)
          .add("/" + DATASET, queryOnly(dataset))
          .staticFileBase(FusekiUi.staticBase())
          .addServlet("/$/server", new ActionServerStatus())
          .enablePing(true)
          .enableStats(true);
      servlets.forEach(fuseki::addServlet);
      if (!ready.isDone() || ready.isCompletedExceptionally()) {
        ReadyGate gate = new ReadyGate(ready, timeout);
        fuseki.addFilter("/" + DATASET + "/*", gate);
        servlets.keySet().forEach(path -> fuseki.addFilter(path, gate));
      }
      FusekiServer server = fuseki.build();
      bind(server, host);
      return new ZoneServer(server, host);
    }

    private static DataService queryOnly(DatasetGraph dsg) {
      return DataService.newBuilder(dsg)
          .addEndpoint(Operation.Query, "sparql")
          .addEndpoint(Operation.Query, "query")
          .build();
    }

    // FusekiServer.Builder only offers loopback(true), which binds the name "localhost" (IPv4 or IPv6
    // depending on the resolver); setting the connector's host before start binds exactly the address asked.
    private static void bind(FusekiServer fuseki, String host) {
      for (Connector connector : fuseki.getJettyServer().getConnectors()) {
        ((ServerConnector) connector).setHost(host);
      }
    }
  }
}

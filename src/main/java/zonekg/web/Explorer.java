package zonekg.web;

import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.core.DatasetGraph;
import zonekg.serve.ZoneServer;
import zonekg.vocab.ZK;

/**
 * The pages for exploring the graph in a browser, mounted next to Fuseki's UI: entity pages at {@code /id/...}
 * and {@code /page?iri=}, name search at {@code /search}, the ready queries at {@code /queries}, and the
 * assets they use at {@code /web/}. All read-only.
 * <pre>
 *   DatasetGraph searchable = ChineseTextIndex.over(dsg);
 *   ZoneServer.Builder server = ZoneServer.create().dataset(searchable);
 *   Explorer.mount(server, searchable, ZK.DATA_BASE);
 * </pre>
 */
public final class Explorer {
  private Explorer() {}

  /** Adds the pages over {@code dsg}, whose minted IRIs start with {@code dataBase}. */
  public static ZoneServer.Builder mount(ZoneServer.Builder server, DatasetGraph dsg, String dataBase) {
    EntityPaths paths = new EntityPaths(dataBase);
    EntityServlet entities = new EntityServlet(dsg, paths);
    // The first page would otherwise pay for parsing, planning and JIT of every page query (~0.4 s); done
    // beside the server's start rather than before it.
    CompletableFuture.runAsync(() -> new EntityReader(dsg).read(ZK.DevelopmentZone.getURI()));
    return server
        .servlet(EntityPaths.ID_PATH + "*", entities)
        .servlet(EntityPaths.PAGE_PATH, entities)
        .servlet("/search", new SearchServlet(new EntitySearch(dsg), paths))
        .servlet("/queries/*", new QueriesServlet(QueryCatalog.load(), ZoneServer.DATASET))
        .servlet("/web/*", AssetServlet.load());
  }

  /** {@link #mount(ZoneServer.Builder, DatasetGraph, String)} for graphs built with the default IRI base. */
  public static ZoneServer.Builder mount(ZoneServer.Builder server, DatasetGraph dsg) {
    return mount(server, dsg, ZK.DATA_BASE);
  }
}

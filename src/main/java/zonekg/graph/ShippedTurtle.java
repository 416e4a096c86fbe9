package zonekg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;
import zonekg.doc.ZonekgException;

/** A Turtle file shipped in the jar (the ontology, the shapes), parsed the same way on every run. */
final class ShippedTurtle {
  private ShippedTurtle() {}

  /**
   * The graph of {@code resource}; its blank nodes get labels hashed from the resource's name, so a
   * build that writes them is byte-identical from run to run.
   */
  static Graph read(String resource) {
    try (InputStream in = ShippedTurtle.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ZonekgException(resource + ": missing from the classpath; the jar is incomplete");
      }
      UUID seed = UUID.nameUUIDFromBytes(resource.getBytes(StandardCharsets.UTF_8));
      Graph graph = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).labelToNode(LabelToNode.createScopeByDocumentHash(seed)).parse(graph);
      return graph;
    } catch (IOException e) {
      throw new ZonekgException(resource + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}

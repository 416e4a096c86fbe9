package zonekg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import zonekg.doc.ZonekgException;
import zonekg.vocab.ZK;

/** The zonekg ontology as shipped in the jar (ontology/zonekg.ttl), and its named graph. */
public final class Ontology {
  static final String RESOURCE = "/zonekg/ontology/zonekg.ttl";
  /** The named graph that holds the ontology in a built dataset. */
  public static final Node GRAPH = NodeFactory.createURI(ZK.ONTOLOGY_IRI);

  private static final UUID BLANK_NODE_SEED = UUID.nameUUIDFromBytes(ZK.ONTOLOGY_IRI.getBytes(StandardCharsets.UTF_8));

  private Ontology() {}

  /** The ontology as a graph, with its prefixes. */
  public static Graph load() {
    try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ZonekgException("ontology missing from the classpath: " + RESOURCE);
      }
      Graph graph = GraphFactory.createDefaultGraph();
      // a fixed seed gives the structure's blank nodes the same labels on every run (byte-identical builds)
      RDFParser.source(in).lang(Lang.TURTLE).labelToNode(LabelToNode.createScopeByDocumentHash(BLANK_NODE_SEED))
          .parse(graph);
      return graph;
    } catch (IOException e) {
      throw new ZonekgException("cannot read the ontology: " + e.getMessage(), e);
    }
  }

  /**
   * Emits the ontology's prefixes, then its triples into {@link #GRAPH}, subject by subject so that
   * streamed Turtle groups them; returns the count of quads.
   */
  public static long emit(Graph ontology, StreamRDF out) {
    ontology.getPrefixMapping().getNsPrefixMap().forEach(out::prefix);
    List<Triple> triples = ontology.find().toList();
    triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString())
        .thenComparing(t -> t.getPredicate().toString())
        .thenComparing(t -> t.getObject().toString()));
    triples.forEach(t -> out.quad(Quad.create(GRAPH, t)));
    return triples.size();
  }
}

package zonekg.graph;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import zonekg.vocab.ZK;

/** The zonekg ontology as shipped in the jar (ontology/zonekg.ttl), and its named graph. */
public final class Ontology {
  static final String RESOURCE = "/zonekg/ontology/zonekg.ttl";
  /** The named graph that holds the ontology in a built dataset. */
  public static final Node GRAPH = NodeFactory.createURI(ZK.ONTOLOGY_IRI);

  private Ontology() {}

  /** The ontology as a graph, with its prefixes. */
  public static Graph load() {
    return ShippedTurtle.read(RESOURCE);
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

package zonekg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** NLP Interchange Format core: sentences as strings with offsets into their document. */
public final class NIF {
  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  private NIF() {}

  public static String getURI() {
    return NS;
  }

  public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
  public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
  public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
  public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");

  /** The same terms as graph nodes, for stream emission. */
  public static final class Nodes {
    private Nodes() {}

    public static final Node Sentence = NIF.Sentence.asNode();
    public static final Node anchorOf = NIF.anchorOf.asNode();
    public static final Node beginIndex = NIF.beginIndex.asNode();
    public static final Node endIndex = NIF.endIndex.asNode();
  }
}

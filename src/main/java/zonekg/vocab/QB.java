package zonekg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C RDF Data Cube vocabulary, the terms zonekg uses. */
public final class QB {
  public static final String NS = "http://purl.org/linked-data/cube#";

  private QB() {}

  public static String getURI() {
    return NS;
  }

  public static final Resource Observation = ResourceFactory.createResource(NS + "Observation");
  public static final Resource DataSet = ResourceFactory.createResource(NS + "DataSet");
  public static final Property dataSet = ResourceFactory.createProperty(NS, "dataSet");
  public static final Property structure = ResourceFactory.createProperty(NS, "structure");

  /** The same terms as graph nodes, for stream emission. */
  public static final class Nodes {
    private Nodes() {}

    public static final Node Observation = QB.Observation.asNode();
    public static final Node DataSet = QB.DataSet.asNode();
    public static final Node dataSet = QB.dataSet.asNode();
    public static final Node structure = QB.structure.asNode();
  }
}

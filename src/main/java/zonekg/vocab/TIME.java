package zonekg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C OWL-Time: the intervals that statistic periods resolve to. */
public final class TIME {
  public static final String NS = "http://www.w3.org/2006/time#";

  private TIME() {}

  public static String getURI() {
    return NS;
  }

  public static final Resource ProperInterval = ResourceFactory.createResource(NS + "ProperInterval");
  public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");
  public static final Property hasBeginning = ResourceFactory.createProperty(NS, "hasBeginning");
  public static final Property hasEnd = ResourceFactory.createProperty(NS, "hasEnd");
  public static final Property inXSDDate = ResourceFactory.createProperty(NS, "inXSDDate");
  public static final Property intervalEquals = ResourceFactory.createProperty(NS, "intervalEquals");

  /** The same terms as graph nodes, for stream emission. */
  public static final class Nodes {
    private Nodes() {}

    public static final Node ProperInterval = TIME.ProperInterval.asNode();
    public static final Node Instant = TIME.Instant.asNode();
    public static final Node hasBeginning = TIME.hasBeginning.asNode();
    public static final Node hasEnd = TIME.hasEnd.asNode();
    public static final Node inXSDDate = TIME.inXSDDate.asNode();
    public static final Node intervalEquals = TIME.intervalEquals.asNode();
  }
}

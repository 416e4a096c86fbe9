package zonekg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C PROV-O, the terms zonekg uses for provenance. */
public final class PROV {
  public static final String NS = "http://www.w3.org/ns/prov#";

  private PROV() {}

  public static String getURI() {
    return NS;
  }

  public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
  public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
  public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
  public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
  public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
  public static final Property used = ResourceFactory.createProperty(NS, "used");
  public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS, "wasAssociatedWith");

  /** The same terms as graph nodes, for stream emission. */
  public static final class Nodes {
    private Nodes() {}

    public static final Node Entity = PROV.Entity.asNode();
    public static final Node Activity = PROV.Activity.asNode();
    public static final Node SoftwareAgent = PROV.SoftwareAgent.asNode();
    public static final Node wasDerivedFrom = PROV.wasDerivedFrom.asNode();
    public static final Node wasGeneratedBy = PROV.wasGeneratedBy.asNode();
    public static final Node used = PROV.used.asNode();
    public static final Node wasAssociatedWith = PROV.wasAssociatedWith.asNode();
  }
}
